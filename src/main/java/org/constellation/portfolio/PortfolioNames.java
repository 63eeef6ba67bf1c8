package org.constellation.portfolio;

import java.util.List;
import java.util.Map;
import org.springframework.modulith.NamedInterface;

/**
 * Names of some issues, stakeholder groups and places, and every level of
 * scale, read together for the cards that show them.
 *
 * @param levels
 *            broadest first
 */
@NamedInterface(name = "api", propagate = false)
public record PortfolioNames(Map<Long, String> issues, Map<Long, String> groups, Map<Long, PlaceName> places,
		List<LevelName> levels) {

	@NamedInterface(name = "api", propagate = false)
	public record PlaceName(long id, String name, long levelId) {
	}

	@NamedInterface(name = "api", propagate = false)
	public record LevelName(long id, String name, int rank) {
	}
}
