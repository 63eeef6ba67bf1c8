package org.constellation.repertoire;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/**
 * A piece of a community's shared repertoire: a tool, a case, a document or a
 * link, with the words (tags) and issues it is found by.
 */
@Entity
@Table(name = "artifacts")
public class Artifact {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long communityId;

	@Enumerated(EnumType.STRING)
	private ArtifactKind kind;

	private String title;

	private String body = "";

	private String url;

	private Long createdBy;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "artifact_tags", joinColumns = @JoinColumn(name = "artifact_id"))
	@Column(name = "tag")
	private Set<String> tags = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "artifact_issues", joinColumns = @JoinColumn(name = "artifact_id"))
	@Column(name = "issue_id")
	private Set<Long> issueIds = new TreeSet<>();

	protected Artifact() {
	}

	Artifact(long communityId, long createdBy, Instant now) {
		this.communityId = communityId;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	/** The draft has been checked by the service: kind, address, tags, issues. */
	void change(ArtifactDraft draft, String url, Set<String> tags, Instant now) {
		this.kind = draft.kind();
		this.title = draft.title().strip();
		this.body = draft.body() == null ? "" : draft.body().strip();
		this.url = url;
		this.tags.clear();
		this.tags.addAll(tags);
		this.issueIds.clear();
		this.issueIds.addAll(draft.issueIds());
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getCommunityId() {
		return communityId;
	}

	public ArtifactKind getKind() {
		return kind;
	}

	public String getTitle() {
		return title;
	}

	public String getBody() {
		return body;
	}

	public String getUrl() {
		return url;
	}

	public Long getCreatedBy() {
		return createdBy;
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

	public Set<String> getTags() {
		return Set.copyOf(tags);
	}

	public Set<Long> getIssueIds() {
		return Set.copyOf(issueIds);
	}
}
