package org.constellation.sessions;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.TimeZones;

/**
 * A partnership's rhythm. Sessions keep the local time of day in the cadence's
 * zone, so a 16:00 session stays at 16:00 across a change to or from summer
 * time (its instant moves instead).
 */
@Entity
@Table(name = "partnership_cadences")
public class Cadence {

	@Id
	private Long partnershipId;

	@Enumerated(EnumType.STRING)
	private CadenceKind kind;

	@Enumerated(EnumType.STRING)
	private DayOfWeek dayOfWeek;

	private Integer weekOfMonth;

	private Integer intervalDays;

	private LocalDate startDate;

	private LocalTime startTime;

	private String timeZone;

	private int durationMinutes;

	private Long updatedBy;

	private Instant updatedAt;

	@Version
	private long version;

	protected Cadence() {
	}

	Cadence(long partnershipId) {
		this.partnershipId = partnershipId;
	}

	/** A cadence checked field by field; nothing is kept unless all of it holds. */
	static Cadence of(long partnershipId, CadenceDraft draft) {
		Cadence cadence = new Cadence(partnershipId);
		cadence.set(draft, null, null);
		return cadence;
	}

	void set(CadenceDraft draft, Long by, Instant now) {
		if (draft.kind() == null) {
			throw new InvalidInputException("kind", "Choose how often you meet");
		}
		if (draft.kind() != CadenceKind.CUSTOM && draft.dayOfWeek() == null) {
			throw new InvalidInputException("dayOfWeek", "Choose the day of the week");
		}
		if (draft.kind() == CadenceKind.MONTHLY
				&& (draft.weekOfMonth() == null || draft.weekOfMonth() < 1 || draft.weekOfMonth() > 4)) {
			throw new InvalidInputException("weekOfMonth", "Choose which week of the month: first to fourth");
		}
		if (draft.kind() == CadenceKind.CUSTOM
				&& (draft.intervalDays() == null || draft.intervalDays() < 1 || draft.intervalDays() > 365)) {
			throw new InvalidInputException("intervalDays", "Say every how many days: from 1 to 365");
		}
		if (draft.startDate() == null) {
			throw new InvalidInputException("startDate", "Choose the first day sessions may fall on");
		}
		if (draft.time() == null) {
			throw new InvalidInputException("time", "Choose the start time, like 16:00");
		}
		if (draft.durationMinutes() == null || draft.durationMinutes() < 10 || draft.durationMinutes() > 480) {
			throw new InvalidInputException("durationMinutes", "Say how long a session lasts: 10 to 480 minutes");
		}
		ZoneId zone = TimeZones.check("timeZone", draft.timeZone());
		this.kind = draft.kind();
		this.dayOfWeek = draft.kind() == CadenceKind.CUSTOM ? null : draft.dayOfWeek();
		this.weekOfMonth = draft.kind() == CadenceKind.MONTHLY ? draft.weekOfMonth() : null;
		this.intervalDays = draft.kind() == CadenceKind.CUSTOM ? draft.intervalDays() : null;
		this.startDate = draft.startDate();
		this.startTime = draft.time().truncatedTo(ChronoUnit.MINUTES);
		this.timeZone = zone.getId();
		this.durationMinutes = draft.durationMinutes();
		this.updatedBy = by;
		this.updatedAt = now;
	}

	/**
	 * The next {@code count} session starts strictly after {@code after}, in the
	 * cadence's zone.
	 */
	public List<ZonedDateTime> occurrencesAfter(Instant after, int count) {
		ZoneId zone = ZoneId.of(timeZone);
		List<ZonedDateTime> result = new ArrayList<>();
		LocalDate day = first();
		// skip quickly to near the given instant, then step one occurrence at a time
		LocalDate afterDay = after.atZone(zone).toLocalDate().minusDays(1);
		while (day.isBefore(afterDay) && kind != CadenceKind.MONTHLY) {
			long gap = ChronoUnit.DAYS.between(day, afterDay);
			long step = stepDays();
			day = day.plusDays(Math.max(step, (gap / step) * step));
		}
		for (int guard = 0; result.size() < count && guard < 10_000; guard++) {
			ZonedDateTime start = day.atTime(startTime).atZone(zone);
			if (start.toInstant().isAfter(after)) {
				result.add(start);
			}
			day = next(day);
		}
		return result;
	}

	private LocalDate first() {
		return switch (kind) {
			case WEEKLY, FORTNIGHTLY -> startDate.with(TemporalAdjusters.nextOrSame(dayOfWeek));
			case MONTHLY -> {
				LocalDate inMonth = nthInMonth(startDate);
				yield inMonth.isBefore(startDate) ? nthInMonth(startDate.plusMonths(1)) : inMonth;
			}
			case CUSTOM -> startDate;
		};
	}

	private long stepDays() {
		return switch (kind) {
			case WEEKLY -> 7;
			case FORTNIGHTLY -> 14;
			case CUSTOM -> intervalDays;
			case MONTHLY -> throw new IllegalStateException("months have no fixed length");
		};
	}

	private LocalDate next(LocalDate day) {
		return kind == CadenceKind.MONTHLY ? nthInMonth(day.plusMonths(1)) : day.plusDays(stepDays());
	}

	private LocalDate nthInMonth(LocalDate anyDayOfMonth) {
		return anyDayOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(weekOfMonth, dayOfWeek));
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public CadenceKind getKind() {
		return kind;
	}

	public DayOfWeek getDayOfWeek() {
		return dayOfWeek;
	}

	public Integer getWeekOfMonth() {
		return weekOfMonth;
	}

	public Integer getIntervalDays() {
		return intervalDays;
	}

	public LocalDate getStartDate() {
		return startDate;
	}

	public LocalTime getStartTime() {
		return startTime;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public int getDurationMinutes() {
		return durationMinutes;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
