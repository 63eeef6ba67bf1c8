package org.constellation.notifications;

import org.springframework.modulith.NamedInterface;

/**
 * Something one practitioner should hear of. {@code link} is a path inside the
 * app ("/communities/3"), made absolute when mailed.
 */
@NamedInterface(name = "api", propagate = false)
public record Notice(long recipientId, Topic topic, String subject, String text, String link) {
}
