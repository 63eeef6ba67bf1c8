/**
 * Reaching people: every notice kept in its recipient's inbox, mailed at once,
 * gathered into a morning digest or not mailed, as each person chooses per
 * topic; outgoing mail kept in an outbox that stewards read, or sent by SMTP.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.constellation.notifications;
