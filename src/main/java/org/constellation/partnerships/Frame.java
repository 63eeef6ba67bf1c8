package org.constellation.partnerships;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;

/**
 * One version of a partner's frame of reference: how they see the partnership's
 * focus, in their own words. A version is never changed; saving again adds the
 * next one, so earlier views stay to be compared.
 */
@Entity
@Table(name = "partnership_frames")
public class Frame {

	public static final int MAX_LENGTH = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long partnershipId;

	private Long practitionerId;

	private int number;

	private String body;

	private String bodyHtml;

	private Instant createdAt;

	protected Frame() {
	}

	private Frame(long partnershipId, long practitionerId, int number, String body, Instant now) {
		this.partnershipId = partnershipId;
		this.practitionerId = practitionerId;
		this.number = number;
		this.body = body;
		this.bodyHtml = Markdown.toSafeHtml(body);
		this.createdAt = now;
	}

	/**
	 * The version after {@code latest} (null for a first frame), written from
	 * {@code basedOn}: the number of the version the writer started from, 0 for
	 * none. Starting from anything but the latest is refused, so a newer version is
	 * never silently passed over.
	 */
	static Frame next(long partnershipId, long practitionerId, Frame latest, int basedOn, String body, Instant now) {
		int current = latest == null ? 0 : latest.number;
		if (basedOn != current) {
			throw new ConflictException("body", "You saved a newer version of your frame meanwhile (version " + current
					+ "). Your text is kept below: read the newer one, then save again.");
		}
		if (body == null || body.isBlank()) {
			throw new InvalidInputException("body", "Write how you see our focus before saving");
		}
		String text = body.strip();
		if (text.length() > MAX_LENGTH) {
			throw new InvalidInputException("body", "A frame can have at most " + MAX_LENGTH + " characters");
		}
		return new Frame(partnershipId, practitionerId, current + 1, text, now);
	}

	public Long getId() {
		return id;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public int getNumber() {
		return number;
	}

	public String getBody() {
		return body;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
