/**
 * Reaching people: outgoing mail (kept in an outbox that stewards read, or sent
 * by SMTP) composed from the events of the other modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.constellation.notifications;
