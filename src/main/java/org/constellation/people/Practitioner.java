package org.constellation.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.springframework.modulith.NamedInterface;

/**
 * A person as others see them: an expert in their own context. The small
 * collections load with the practitioner, in batches (see
 * hibernate.default_batch_fetch_size), so that a page of the directory costs a
 * fixed handful of queries.
 */
@Entity
@Table(name = "practitioners")
@NamedInterface(name = "entities", propagate = false)
public class Practitioner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long accountId;

	private String displayName;

	private String practiceContext = "";

	private String expertise = "";

	private Long homePlaceId;

	private String timeZone;

	private boolean openToPartnership;

	private int partnershipCapacity = 1;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "practitioner_stakeholder_groups", joinColumns = @JoinColumn(name = "practitioner_id"))
	@Column(name = "stakeholder_group_id")
	private Set<Long> stakeholderGroupIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "practitioner_concerns", joinColumns = @JoinColumn(name = "practitioner_id"))
	@Column(name = "issue_id")
	private Set<Long> concernIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "practitioner_affiliations", joinColumns = @JoinColumn(name = "practitioner_id"))
	@OrderColumn(name = "position")
	@Column(name = "name")
	private List<String> affiliations = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "practitioner_languages", joinColumns = @JoinColumn(name = "practitioner_id"))
	@OrderColumn(name = "position")
	@Column(name = "language")
	private List<String> languages = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "availability_windows", joinColumns = @JoinColumn(name = "practitioner_id"))
	@OrderColumn(name = "position")
	private List<AvailabilityWindow> availability = new ArrayList<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Practitioner() {
	}

	Practitioner(Long accountId, String displayName, ZoneId timeZone, Instant now) {
		this.accountId = accountId;
		this.displayName = displayName;
		this.timeZone = timeZone.getId();
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * The zone someone chose, UTC when they chose none; an unknown zone is refused
	 * naming the form's {@code field}.
	 */
	static ZoneId zoneOrUtc(String zone, String field) {
		if (zone == null || zone.isBlank()) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(zone);
		} catch (DateTimeException e) {
			throw new InvalidInputException(field, "Choose a time zone from the list, such as America/Chicago");
		}
	}

	void change(ProfileDraft draft, Instant now) {
		this.displayName = draft.displayName().strip();
		this.practiceContext = nullToEmpty(draft.practiceContext());
		this.expertise = nullToEmpty(draft.expertise());
		this.homePlaceId = draft.homePlaceId();
		this.timeZone = draft.timeZone();
		this.openToPartnership = draft.openToPartnership();
		this.partnershipCapacity = draft.partnershipCapacity();
		replace(stakeholderGroupIds, draft.stakeholderGroupIds());
		replace(concernIds, draft.concernIds());
		replace(affiliations, draft.affiliations());
		replace(languages, draft.languages());
		replace(availability, draft.availability());
		this.updatedAt = now;
	}

	private static <T> void replace(java.util.Collection<T> target, java.util.Collection<T> values) {
		target.clear();
		target.addAll(values);
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s.strip();
	}

	public Long getId() {
		return id;
	}

	Long getAccountId() {
		return accountId;
	}

	public String getDisplayName() {
		return displayName;
	}

	public String getPracticeContext() {
		return practiceContext;
	}

	public String getPracticeContextHtml() {
		return Markdown.toSafeHtml(practiceContext);
	}

	public String getExpertise() {
		return expertise;
	}

	public Long getHomePlaceId() {
		return homePlaceId;
	}

	public String getTimeZone() {
		return timeZone;
	}

	public boolean isOpenToPartnership() {
		return openToPartnership;
	}

	public int getPartnershipCapacity() {
		return partnershipCapacity;
	}

	public Set<Long> getStakeholderGroupIds() {
		return Set.copyOf(stakeholderGroupIds);
	}

	public Set<Long> getConcernIds() {
		return Set.copyOf(concernIds);
	}

	public List<String> getAffiliations() {
		return List.copyOf(affiliations);
	}

	public List<String> getLanguages() {
		return List.copyOf(languages);
	}

	public List<AvailabilityWindow> getAvailability() {
		return List.copyOf(availability);
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public long getVersion() {
		return version;
	}
}
