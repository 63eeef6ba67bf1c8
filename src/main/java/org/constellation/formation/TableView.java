package org.constellation.formation;

import org.springframework.data.domain.Page;

/**
 * Who is missing from a community's table and who could join it, a page at a
 * time. Without concerns named in the charter ({@code namesConcerns}) nobody
 * can share them; {@code mayInvite} is for conveners (a steward looks,
 * conveners invite).
 */
public record TableView(long communityId, String communityName, boolean namesConcerns, TableGaps gaps,
		Page<TableRecommendation> recommendations, boolean mayInvite) {
}
