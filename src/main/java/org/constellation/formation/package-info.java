/**
 * Partnership formation for a whole cohort (a solver run, reviewed and sent as
 * invitations by people) and "who should be at the table" for a community. The
 * solver itself lives in {@code formation.solver}, with no Spring inside.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Formation", allowedDependencies = {"communities :: api",
		"communities :: entities", "partnerships :: api", "people :: api", "people :: entities", "portfolio :: api",
		"portfolio :: entities", "shared :: api"})
package org.constellation.formation;
