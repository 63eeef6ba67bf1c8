/**
 * The constellation as a whole: the multi-scale map of communities, coverage of
 * issues across levels and stakeholder groups, the boundary spanners who
 * connect communities across levels, and each community's health — aggregates
 * only, computed in {@code analytics} without Spring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Constellation", allowedDependencies = {
		"communities :: api", "conversations :: api", "gatherings :: api", "partnerships :: api", "people :: api",
		"portfolio :: api", "portfolio :: entities", "shared :: api"})
package org.constellation.constellation;
