package org.constellation.notifications;

/**
 * Something one practitioner should hear of. {@code link} is a path inside the
 * app ("/communities/3"), made absolute when mailed.
 */
public record Notice(long recipientId, Topic topic, String subject, String text, String link) {
}
