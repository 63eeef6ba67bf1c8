package org.constellation.portfolio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.constellation.shared.InvalidInputException;
import org.springframework.modulith.NamedInterface;

/**
 * A place in the tree (a state, a district, a school or program), sitting at
 * one level.
 */
@Entity
@Table(name = "places")
@NamedInterface(name = "entities", propagate = false)
public class Place {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	@ManyToOne(optional = false)
	@JoinColumn(name = "level_id")
	private Level level;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private Place parent;

	/**
	 * The parent's id without loading the parent: lists of places need no walk up
	 * the tree.
	 */
	@Column(name = "parent_id", insertable = false, updatable = false)
	private Long parentId;

	@Version
	private long version;

	protected Place() {
	}

	Place(String name, Level level, Place parent) {
		this.name = name;
		placeAt(level, parent);
	}

	/**
	 * A place sits under a place of a broader level; only places of the broadest
	 * level have none.
	 */
	void placeAt(Level level, Place parent) {
		if (parent != null && !parent.getLevel().isBroaderThan(level)) {
			throw new InvalidInputException("levelId", "A place must be at a narrower level than " + parent.getName()
					+ " (" + parent.getLevel().getName() + ")");
		}
		for (Place p = parent; p != null; p = p.parent) {
			if (p == this) {
				throw new InvalidInputException("parentId", "A place cannot sit inside itself");
			}
		}
		this.level = level;
		this.parent = parent;
	}

	void rename(String name) {
		this.name = name;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public Level getLevel() {
		return level;
	}

	public Place getParent() {
		return parent;
	}

	public Long getParentId() {
		return parent != null ? parent.getId() : parentId;
	}

	public long getVersion() {
		return version;
	}
}
