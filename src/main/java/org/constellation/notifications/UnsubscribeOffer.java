package org.constellation.notifications;

/**
 * What an unsubscribe link can turn off: mail of one topic, or (topic null) the
 * daily digest; and always, on a second button, all mail.
 */
public record UnsubscribeOffer(Topic topic) {

	public boolean isDigest() {
		return topic == null;
	}
}
