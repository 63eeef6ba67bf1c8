package org.constellation.portfolio;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.modulith.NamedInterface;

/** A level of scale (National, State, …); rank 1 is the broadest. */
@Entity
@Table(name = "levels")
@NamedInterface(name = "entities", propagate = false)
public class Level {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private int rank;

	@Version
	private long version;

	protected Level() {
	}

	Level(String name, int rank) {
		this.name = name;
		this.rank = rank;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public int getRank() {
		return rank;
	}

	public long getVersion() {
		return version;
	}

	void rename(String name) {
		this.name = name;
	}

	void rankAt(int rank) {
		this.rank = rank;
	}

	public boolean isBroaderThan(Level other) {
		return rank < other.rank;
	}
}
