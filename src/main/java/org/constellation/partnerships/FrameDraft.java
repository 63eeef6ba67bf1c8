package org.constellation.partnerships;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new version of one's frame of reference. {@code basedOn} is the number of
 * the version the writer started from (0 for a first frame).
 */
public record FrameDraft(
		@NotBlank(message = "Write how you see our focus before saving") @Size(max = Frame.MAX_LENGTH, message = "A frame can have at most 8000 characters") String body,
		Integer basedOn) {
}
