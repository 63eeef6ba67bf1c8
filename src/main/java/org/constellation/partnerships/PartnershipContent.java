package org.constellation.partnerships;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * One kind of thing partners write in a partnership (opening answers, frames,
 * notes…), able to list what one partner wrote, for their download. Each part
 * of the partnership's space implements it, so the download grows with them.
 */
@NamedInterface(name = "api", propagate = false)
public interface PartnershipContent {

	/** The name of this part in the download, e.g. "openingAnswers". */
	String part();

	/** What this practitioner wrote in this partnership, oldest first. */
	List<?> writtenBy(long partnershipId, long practitionerId);

	/**
	 * Removes or anonymises what this practitioner wrote, in every partnership,
	 * when their account is deleted: called in the deletion's one transaction,
	 * after they have left each partnership. Parts whose rows another part of the
	 * deletion removes (this module's own, shared journal entries) keep this
	 * default, which does nothing.
	 */
	default void forget(long practitionerId) {
	}
}
