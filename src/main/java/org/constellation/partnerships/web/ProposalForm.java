package org.constellation.partnerships.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The proposal as the page holds it: invitees are typed as email addresses, in
 * six boxes at most, and looked up when the form is sent.
 */
record ProposalForm(String focus, String context, Set<Long> issueIds, List<String> inviteeEmails, Long communityId,
		Boolean openToRequests, Long scriptId) {

	static final int INVITEE_BOXES = 6;

	ProposalForm {
		issueIds = issueIds == null ? Set.of() : issueIds;
		List<String> boxes = new ArrayList<>(inviteeEmails == null ? List.of() : inviteeEmails);
		while (boxes.size() < INVITEE_BOXES) {
			boxes.add("");
		}
		inviteeEmails = boxes.subList(0, INVITEE_BOXES);
		// an unticked checkbox sends nothing
		openToRequests = Boolean.TRUE.equals(openToRequests);
	}

	static ProposalForm blank(Long communityId) {
		return new ProposalForm("", "", Set.of(), List.of(), communityId, false, null);
	}
}
