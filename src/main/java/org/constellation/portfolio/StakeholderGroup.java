package org.constellation.portfolio;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.modulith.NamedInterface;

/**
 * A kind of practitioner (educators, families, officials, …); retired groups
 * stay on old profiles.
 */
@Entity
@Table(name = "stakeholder_groups")
@NamedInterface(name = "entities", propagate = false)
public class StakeholderGroup {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String description;

	private int position;

	private boolean retired;

	@Version
	private long version;

	protected StakeholderGroup() {
	}

	StakeholderGroup(String name, String description, int position) {
		this.name = name;
		this.description = description;
		this.position = position;
	}

	void change(String name, String description, boolean retired) {
		this.name = name;
		this.description = description;
		this.retired = retired;
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

	public int getPosition() {
		return position;
	}

	public boolean isRetired() {
		return retired;
	}

	public long getVersion() {
		return version;
	}
}
