/**
 * Gatherings: meetings of a community with their time, place or link, agenda,
 * RSVPs, attendance and reminders, and the iCalendar invites and personal feeds
 * that put them in people's own calendars.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gatherings", allowedDependencies = {"communities :: api",
		"notifications :: api", "people :: api", "people :: entities", "shared :: api"})
package org.constellation.gatherings;
