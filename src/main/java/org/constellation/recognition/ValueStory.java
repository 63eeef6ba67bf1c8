package org.constellation.recognition;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;
import org.constellation.shared.WebAddresses;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;

/**
 * A value-creation story of a community: what value its members saw created, in
 * which cycles, with its evidence. The Markdown is rendered once, when it is
 * written. Its small collections load in batches.
 */
@Entity
@Table(name = "value_stories")
public class ValueStory {

	static final int TITLE_MAX = 200;
	static final int BODY_MAX = 8000;
	static final int EVIDENCE_MAX = 4000;
	static final int LINKS_MAX = 10;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	private Long authorId;

	private String title;

	private String body = "";

	private String bodyHtml = "";

	private String evidence = "";

	@Enumerated(EnumType.STRING)
	private StoryVisibility visibility;

	private Instant createdAt;

	private Instant updatedAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "value_story_cycles", joinColumns = @JoinColumn(name = "story_id"))
	@Column(name = "cycle")
	@Enumerated(EnumType.STRING)
	private Set<ValueCycle> cycles = EnumSet.noneOf(ValueCycle.class);

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "value_story_issues", joinColumns = @JoinColumn(name = "story_id"))
	@Column(name = "issue_id")
	private Set<Long> issueIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@Fetch(FetchMode.SELECT)
	@CollectionTable(name = "value_story_links", joinColumns = @JoinColumn(name = "story_id"))
	@OrderColumn(name = "link_order")
	@Column(name = "url")
	private List<String> evidenceLinks = new ArrayList<>();

	@Version
	private long version;

	protected ValueStory() {
	}

	ValueStory(long communityId, long authorId, ValueStoryDraft draft, Instant now) {
		this.communityId = communityId;
		this.authorId = authorId;
		this.createdAt = now;
		change(draft, now);
	}

	/** Every rule of a story's content, checked before anything is stored. */
	static void check(ValueStoryDraft draft) {
		if (draft.title() == null || draft.title().isBlank()) {
			throw new InvalidInputException("title", "Give the story a title");
		}
		if (draft.title().strip().length() > TITLE_MAX) {
			throw new InvalidInputException("title", "A title can have at most " + TITLE_MAX + " characters");
		}
		if (draft.body() == null || draft.body().isBlank()) {
			throw new InvalidInputException("body", "Tell the story: what happened, and what value it created");
		}
		if (draft.body().length() > BODY_MAX) {
			throw new InvalidInputException("body", "A story can have at most " + BODY_MAX + " characters");
		}
		if (draft.cycles() == null || draft.cycles().isEmpty()) {
			throw new InvalidInputException("cycles", "Choose at least one value cycle the story shows");
		}
		if (draft.evidence() != null && draft.evidence().length() > EVIDENCE_MAX) {
			throw new InvalidInputException("evidence", "Evidence can have at most " + EVIDENCE_MAX + " characters");
		}
		if (draft.evidenceLinks().size() > LINKS_MAX) {
			throw new InvalidInputException("evidenceLinks", "Give at most " + LINKS_MAX + " web addresses");
		}
		for (String link : draft.evidenceLinks()) {
			WebAddresses.check("evidenceLinks", link);
		}
		if (draft.visibility() == null) {
			throw new InvalidInputException("visibility", "Choose who may read the story");
		}
	}

	void change(ValueStoryDraft draft, Instant now) {
		check(draft);
		this.title = draft.title().strip();
		this.body = draft.body().strip();
		this.bodyHtml = Markdown.toSafeHtml(body);
		this.evidence = draft.evidence() == null ? "" : draft.evidence().strip();
		this.visibility = draft.visibility();
		replace(cycles, draft.cycles());
		replace(issueIds, draft.issueIds());
		evidenceLinks.clear();
		draft.evidenceLinks().stream().map(l -> WebAddresses.check("evidenceLinks", l)).forEach(evidenceLinks::add);
		this.updatedAt = now;
	}

	private static <T> void replace(Collection<T> target, Collection<T> values) {
		target.clear();
		target.addAll(values);
	}

	public boolean visibleToSponsors() {
		return visibility == StoryVisibility.SIGNED_IN;
	}

	public Long getId() {
		return id;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public Long getAuthorId() {
		return authorId;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public String getBodyHtml() {
		return bodyHtml;
	}

	public String getEvidence() {
		return evidence;
	}

	public StoryVisibility getVisibility() {
		return visibility;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	/** In the framework's order. */
	public Set<ValueCycle> getCycles() {
		return cycles.isEmpty() ? EnumSet.noneOf(ValueCycle.class) : EnumSet.copyOf(cycles);
	}

	public Set<Long> getIssueIds() {
		return Set.copyOf(issueIds);
	}

	public List<String> getEvidenceLinks() {
		return List.copyOf(evidenceLinks);
	}

	public long getVersion() {
		return version;
	}
}
