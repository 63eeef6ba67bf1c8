package org.constellation.portfolio;

import java.util.List;
import java.util.Map;

/**
 * Names of some issues, stakeholder groups and places, and every level of
 * scale, read together for the cards that show them.
 *
 * @param levels
 *            broadest first
 */
public record PortfolioNames(Map<Long, String> issues, Map<Long, String> groups, Map<Long, PlaceName> places,
		List<LevelName> levels) {

	public record PlaceName(long id, String name, long levelId) {
	}

	public record LevelName(long id, String name, int rank) {
	}
}
