package org.constellation.partnerships;

import jakarta.validation.constraints.Size;

/**
 * An edit of a partnership's infrastructure. {@code basedOn} is the version
 * number the edit started from (0 when there was none).
 */
public record InfrastructureDraft(
		@Size(max = InfrastructureVersion.MAX_PLACE, message = "A place can have at most 500 characters") String place,
		@Size(max = 2000, message = "A web address can have at most 2000 characters") String link,
		@Size(max = InfrastructureVersion.MAX_TOOLS, message = "The tools can have at most 1000 characters") String tools,
		@Size(max = InfrastructureVersion.MAX_AGREEMENTS, message = "Our agreements can have at most 8000 characters") String agreements,
		Integer basedOn) {
}
