/**
 * Reaching people: every notice kept in its recipient's inbox, mailed at once,
 * gathered into a morning digest or not mailed, as each person chooses per
 * topic; outgoing mail written as files for the machine's operator, or sent by
 * SMTP; no page shows anyone's mail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications", allowedDependencies = {"people :: api",
		"shared :: api"})
package org.constellation.notifications;
