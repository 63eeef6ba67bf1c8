package org.constellation.journeys;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.modulith.NamedInterface;

/**
 * A stage people may see themselves at, or a transition between two. Stewards
 * keep the list; a person's reflection against it is theirs alone.
 */
@Entity
@Table(name = "journey_stages")
@NamedInterface(name = "entities", propagate = false)
public class JourneyStage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	private String name;

	private String description = "";

	private boolean transition;

	@Version
	private long version;

	protected JourneyStage() {
	}

	JourneyStage(int position, String name, String description, boolean transition) {
		this.position = position;
		describe(name, description, transition);
	}

	void describe(String name, String description, boolean transition) {
		this.name = name.strip();
		this.description = description == null ? "" : description.strip();
		this.transition = transition;
	}

	void moveTo(int position) {
		this.position = position;
	}

	public Long getId() {
		return id;
	}

	public int getPosition() {
		return position;
	}

	public String getName() {
		return name;
	}

	public String getDescription() {
		return description;
	}

	public boolean isTransition() {
		return transition;
	}

	public long getVersion() {
		return version;
	}
}
