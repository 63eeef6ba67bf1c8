/**
 * Communities of practice: the charter (the four questions), scope across
 * levels, conveners, memberships and participation, the life cycle, and the one
 * policy that decides who may read and add to a community's space.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Communities of practice", allowedDependencies = {
		"notifications :: api", "people :: api", "portfolio :: api", "portfolio :: entities", "shared :: api"})
package org.constellation.communities;
