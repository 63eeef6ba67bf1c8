package org.constellation.gatherings;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.constellation.shared.Markdown;
import org.springframework.modulith.NamedInterface;

/**
 * A meeting of a community. The start is kept as an instant together with the
 * zone it was planned in, so it reads "16:00 Berlin time" to its proposer and
 * the right hour to everyone else; the end is kept too, to find what is
 * upcoming with one index.
 */
@Entity
@Table(name = "gatherings")
@NamedInterface(name = "entities", propagate = false)
public class Gathering {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	private String title;

	private Instant startsAt;

	private Instant endsAt;

	private String timeZone;

	private int durationMinutes;

	private String place = "";

	private String onlineLink = "";

	private String agenda = "";

	private Long proposedBy;

	private Instant cancelledAt;

	private Instant reminderSentAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Gathering() {
	}

	Gathering(long communityId, long proposedBy, Instant now) {
		this.communityId = communityId;
		this.proposedBy = proposedBy;
		this.createdAt = now;
	}

	void plan(String title, ZonedDateTime start, int durationMinutes, String place, String onlineLink, String agenda,
			Instant now) {
		Instant newStart = start.toInstant();
		if (reminderSentAt != null && !newStart.equals(startsAt)) {
			// a gathering moved to a new time deserves a fresh reminder
			reminderSentAt = null;
		}
		this.title = title.strip();
		this.startsAt = newStart;
		this.timeZone = start.getZone().getId();
		this.durationMinutes = durationMinutes;
		this.endsAt = startsAt.plusSeconds(60L * durationMinutes);
		this.place = place == null ? "" : place.strip();
		this.onlineLink = onlineLink == null ? "" : onlineLink.strip();
		this.agenda = agenda == null ? "" : agenda.strip();
		this.updatedAt = now;
	}

	void cancel(Instant now) {
		if (cancelledAt == null) {
			cancelledAt = now;
			updatedAt = now;
		}
	}

	public boolean hasEnded(Instant now) {
		return !endsAt.isAfter(now);
	}

	public boolean isCancelled() {
		return cancelledAt != null;
	}

	public ZonedDateTime start() {
		return startsAt.atZone(ZoneId.of(timeZone));
	}

	public String getAgendaHtml() {
		return Markdown.toSafeHtml(agenda);
	}

	public Long getId() {
		return id;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public String getTitle() {
		return title;
	}

	public Instant getStartsAt() {
		return startsAt;
	}

	public Instant getEndsAt() {
		return endsAt;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public int getDurationMinutes() {
		return durationMinutes;
	}

	public String getPlace() {
		return place;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public String getAgenda() {
		return agenda;
	}

	public Long getProposedBy() {
		return proposedBy;
	}

	public Instant getCancelledAt() {
		return cancelledAt;
	}

	public Instant getReminderSentAt() {
		return reminderSentAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
