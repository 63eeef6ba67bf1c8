package org.constellation.journeys;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A question or confusion a person keeps and comes back to ("sell your
 * cleverness, buy bewilderment"). It may be settled for now and reopened; each
 * return is a dated {@link Revisit}.
 */
@Entity
@Table(name = "bewilderments")
@NamedInterface(name = "entities", propagate = false)
public class Bewilderment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long practitionerId;

	private String text;

	@Enumerated(EnumType.STRING)
	private BewildermentState state = BewildermentState.OPEN;

	private Instant notedAt;

	private Instant settledAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Bewilderment() {
	}

	Bewilderment(long practitionerId, String text, Instant notedAt) {
		this.practitionerId = practitionerId;
		this.notedAt = notedAt;
		reword(text, notedAt);
	}

	void reword(String text, Instant now) {
		this.text = text.strip();
		this.updatedAt = now;
	}

	/** Settling twice keeps the first moment it was settled. */
	void settle(Instant now) {
		if (state == BewildermentState.OPEN) {
			state = BewildermentState.SETTLED;
			settledAt = now;
			updatedAt = now;
		}
	}

	void reopen(Instant now) {
		if (state == BewildermentState.SETTLED) {
			state = BewildermentState.OPEN;
			settledAt = null;
			updatedAt = now;
		}
	}

	void revisited(Instant now) {
		this.updatedAt = now;
	}

	boolean isKeptBy(Long practitionerId) {
		return this.practitionerId.equals(practitionerId);
	}

	public boolean isOpen() {
		return state == BewildermentState.OPEN;
	}

	public Long getId() {
		return id;
	}

	public Long getPractitionerId() {
		return practitionerId;
	}

	public String getText() {
		return text;
	}

	public BewildermentState getState() {
		return state;
	}

	public Instant getNotedAt() {
		return notedAt;
	}

	public Instant getSettledAt() {
		return settledAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
