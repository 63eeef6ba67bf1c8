/**
 * Each person's developmental journey: a private journal whose entries can be
 * shared into a partnership, bewilderments kept and revisited, stage
 * reflections against configurable stages, and milestones. All of it is read by
 * its author alone; a shared entry by that partnership's current partners
 * ({@link org.constellation.partnerships.PartnershipAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journeys", allowedDependencies = {"partnerships :: api",
		"people :: api", "shared :: api"})
package org.constellation.journeys;
