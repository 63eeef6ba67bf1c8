package org.constellation.people;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Where two people are partners together now, asked before a reporting line
 * between them is confirmed: a partnership is of peers, so a line is not
 * confirmed while they share one that is not closed. The partnerships module
 * answers; people does not reach into it.
 */
@NamedInterface(name = "api", propagate = false)
public interface SharedPartnerships {

	/** The focus of each partnership, not closed, in which both are partners. */
	List<String> sharedBy(long practitionerId, long otherPractitionerId);
}
