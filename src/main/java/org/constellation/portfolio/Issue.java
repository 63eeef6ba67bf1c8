package org.constellation.portfolio;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;
import org.springframework.modulith.NamedInterface;

/**
 * A shared concern of the portfolio, spanning one or more levels of scale, with
 * sub-issues.
 */
@Entity
@Table(name = "issues")
@NamedInterface(name = "entities", propagate = false)
public class Issue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String description;

	@Enumerated(EnumType.STRING)
	private IssueStatus status;

	@ManyToOne
	@JoinColumn(name = "parent_id")
	private Issue parent;

	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "issue_levels", joinColumns = @JoinColumn(name = "issue_id"), inverseJoinColumns = @JoinColumn(name = "level_id"))
	private Set<Level> levels = new LinkedHashSet<>();

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Issue() {
	}

	Issue(Instant now) {
		this.createdAt = now;
		this.updatedAt = now;
	}

	void change(String name, String description, IssueStatus status, Issue parent, Set<Level> levels, Instant now) {
		for (Issue p = parent; p != null; p = p.parent) {
			if (p == this) {
				throw new InvalidInputException("parentId",
						"An issue cannot be a sub-issue of itself or of its own sub-issues");
			}
		}
		if (levels.isEmpty()) {
			throw new InvalidInputException("levelIds", "Choose at least one level of scale the issue spans");
		}
		this.name = name;
		this.description = description;
		this.status = status;
		this.parent = parent;
		this.levels.clear();
		this.levels.addAll(levels);
		this.updatedAt = now;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public String getDescriptionHtml() {
		return Markdown.toSafeHtml(description);
	}

	public IssueStatus getStatus() {
		return status;
	}

	public Issue getParent() {
		return parent;
	}

	public Long getParentId() {
		return parent == null ? null : parent.getId();
	}

	/** Broadest first. */
	public List<Level> getLevels() {
		return levels.stream().sorted(Comparator.comparingInt(Level::getRank)).toList();
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
