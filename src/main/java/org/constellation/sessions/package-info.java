/**
 * A partnership's cadence, its sessions and the session room (the runner,
 * check-ins, notes, commitments and reflections), routines, presence, momentum
 * and drift; read and written by the partnership's current partners alone
 * ({@link org.constellation.partnerships.PartnershipAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Sessions", allowedDependencies = {"gatherings :: api",
		"notifications :: api", "partnerships :: api", "people :: api", "shared :: api"})
package org.constellation.sessions;
