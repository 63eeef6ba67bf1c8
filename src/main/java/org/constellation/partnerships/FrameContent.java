package org.constellation.partnerships;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every version of a partner's frame of reference, for their download. */
@Component
class FrameContent implements PartnershipContent {

	record Version(int number, String body, Instant writtenAt) {
	}

	private final FrameService frames;

	FrameContent(FrameService frames) {
		this.frames = frames;
	}

	@Override
	public String part() {
		return "frames";
	}

	@Override
	public List<?> writtenBy(long partnershipId, long practitionerId) {
		return frames.writtenBy(partnershipId, practitionerId).stream()
				.map(f -> new Version(f.getNumber(), f.getBody(), f.getCreatedAt())).toList();
	}
}
