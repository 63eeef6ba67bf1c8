package org.constellation.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.springframework.modulith.NamedInterface;

/**
 * "A supervises B", declared by one of the two. Only the other side can confirm
 * or dispute it, so nobody can put a supervision on record alone. Confirmed
 * lines keep supervisors and their staff out of the same learning partnership.
 */
@Entity
@Table(name = "reporting_lines")
@NamedInterface(name = "entities", propagate = false)
public class ReportingLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long supervisorId;

	private Long superviseeId;

	private Long declaredById;

	@Enumerated(EnumType.STRING)
	private ReportingLineStatus status;

	private Instant declaredAt;

	private Instant decidedAt;

	@Version
	private long version;

	protected ReportingLine() {
	}

	ReportingLine(Long supervisorId, Long superviseeId, Long declaredById, Instant now) {
		if (supervisorId.equals(superviseeId)) {
			throw new InvalidInputException("otherPractitionerId", "A reporting line needs two different people");
		}
		this.supervisorId = supervisorId;
		this.superviseeId = superviseeId;
		this.declaredById = declaredById;
		this.status = ReportingLineStatus.DECLARED;
		this.declaredAt = now;
	}

	boolean involves(Long practitionerId) {
		return supervisorId.equals(practitionerId) || superviseeId.equals(practitionerId);
	}

	public Long otherSide(Long practitionerId) {
		return supervisorId.equals(practitionerId) ? superviseeId : supervisorId;
	}

	/**
	 * The side that did not declare it answers; the declarer may withdraw instead.
	 */
	void decide(Long practitionerId, boolean confirm, Instant now) {
		if (!involves(practitionerId) || declaredById.equals(practitionerId)) {
			throw new ForbiddenException("Only the other person named in a reporting line can confirm or dispute it");
		}
		this.status = confirm ? ReportingLineStatus.CONFIRMED : ReportingLineStatus.DISPUTED;
		this.decidedAt = now;
	}

	public Long getId() {
		return id;
	}

	public Long getSupervisorId() {
		return supervisorId;
	}

	public Long getSuperviseeId() {
		return superviseeId;
	}

	public Long getDeclaredById() {
		return declaredById;
	}

	public ReportingLineStatus getStatus() {
		return status;
	}

	public Instant getDeclaredAt() {
		return declaredAt;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public boolean awaitsAnswerFrom(Long practitionerId) {
		return status == ReportingLineStatus.DECLARED && involves(practitionerId)
				&& !declaredById.equals(practitionerId);
	}
}
