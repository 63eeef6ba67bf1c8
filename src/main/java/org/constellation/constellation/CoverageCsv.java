package org.constellation.constellation;

import java.util.List;
import org.constellation.constellation.ConstellationService.CoverageRow;
import org.constellation.constellation.ConstellationService.CoverageView;
import org.constellation.shared.Csv;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Ref;
import org.springframework.stereotype.Component;

/**
 * The coverage heat maps as spreadsheets: one row per cell, gaps included as
 * zeros.
 */
@Component
public class CoverageCsv {

	/** A file to download. */
	public record Export(String filename, String body) {
	}

	private final ConstellationService constellation;

	CoverageCsv(ConstellationService constellation) {
		this.constellation = constellation;
	}

	public Export export(String view) {
		CoverageView coverage = constellation.coverage();
		StringBuilder out = new StringBuilder();
		switch (view) {
			case "levels" -> {
				out.append(Csv.row(List.of("issue", "level", "communities", "members", "posts in the last 13 weeks")));
				for (CoverageRow row : coverage.rows()) {
					for (int i = 0; i < coverage.levels().size(); i++) {
						Ref level = coverage.levels().get(i);
						var cell = row.levels().get(i);
						out.append(
								Csv.row(List.of(row.issue().name(), level.name(), cell == null ? 0 : cell.communities(),
										cell == null ? 0 : cell.members(), cell == null ? 0 : cell.recentPosts())));
					}
				}
				return new Export("coverage-issues-by-level.csv", out.toString());
			}
			case "stakeholders" -> {
				out.append(Csv.row(
						List.of("issue", "stakeholder group", "members", "communities asking", "communities lacking")));
				for (CoverageRow row : coverage.rows()) {
					for (int i = 0; i < coverage.groups().size(); i++) {
						Ref group = coverage.groups().get(i);
						var cell = row.groups().get(i);
						out.append(Csv.row(List.of(row.issue().name(), group.name(), cell == null ? 0 : cell.members(),
								cell == null ? 0 : cell.communitiesAsking(),
								cell == null ? 0 : cell.communitiesLacking())));
					}
				}
				return new Export("coverage-issues-by-stakeholder-group.csv", out.toString());
			}
			default -> throw new InvalidInputException("view", "Choose levels or stakeholders");
		}
	}
}
