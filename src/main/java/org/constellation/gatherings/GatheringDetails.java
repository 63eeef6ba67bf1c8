package org.constellation.gatherings;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.constellation.communities.Visibility;
import org.constellation.shared.Ref;

/**
 * A gathering as its page shows it to one reader. Names of who is coming are
 * there only for members who see people ({@code names} is empty otherwise);
 * {@code checklist} is filled for those who may record attendance once it has
 * ended, pre-ticked from the yes answers when nothing was recorded yet.
 */
public record GatheringDetails(Gathering gathering, String communityName, Visibility visibility, String proposerName,
		Map<RsvpResponse, Long> counts, RsvpResponse myResponse, Map<RsvpResponse, List<Ref>> names, List<Ref> attended,
		boolean mayManage, boolean mayRespond, boolean ended, List<Ref> checklist, Set<Long> ticked) {

	public long count(RsvpResponse response) {
		return counts.getOrDefault(response, 0L);
	}

	public boolean showsNames() {
		return !names.isEmpty();
	}
}
