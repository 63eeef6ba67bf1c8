package org.constellation.partnerships;

import java.util.List;

/**
 * One kind of thing partners write in a partnership (opening answers, frames,
 * notes…), able to list what one partner wrote, for their download. Each part
 * of the partnership's space implements it, so the download grows with them.
 */
public interface PartnershipContent {

	/** The name of this part in the download, e.g. "openingAnswers". */
	String part();

	/** What this practitioner wrote in this partnership, oldest first. */
	List<?> writtenBy(long partnershipId, long practitionerId);
}
