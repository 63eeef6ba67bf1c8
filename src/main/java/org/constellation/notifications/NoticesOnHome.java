package org.constellation.notifications;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.constellation.people.HomeItem;
import org.constellation.people.HomeItem.Kind;
import org.constellation.people.HomeSection;
import org.constellation.people.HomeViewer;
import org.springframework.stereotype.Component;

/**
 * On a practitioner's home page: how many replies and mentions they have not
 * read yet, with the way to their notifications. One count on an index.
 */
@Component
class NoticesOnHome implements HomeSection {

	/** What is said to the person in conversations. */
	static final Set<Topic> CONVERSATION = EnumSet.of(Topic.REPLY, Topic.MENTION);

	private final NoticeEntries notices;

	NoticesOnHome(NoticeEntries notices) {
		this.notices = notices;
	}

	@Override
	public Contribution contribute(HomeViewer viewer) {
		if (!viewer.isPractitioner()) {
			return Contribution.NOTHING;
		}
		long unread = notices.countUnreadAbout(viewer.practitionerId(), CONVERSATION);
		if (unread == 0) {
			return Contribution.NOTHING;
		}
		return Contribution
				.of(List.of(HomeItem
						.of(Kind.NOW, 40, HomeItem.text("home.replies", unread), "/notifications",
								HomeItem.text("home.replies.action", unread))
						.withDetail(HomeItem.text("home.replies.text"))));
	}
}
