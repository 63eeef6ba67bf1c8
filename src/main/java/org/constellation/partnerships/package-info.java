/**
 * Learning partnerships of 2 to 7 peers: forming, the opening script and trust,
 * frames of reference and infrastructure, pausing and closing. The other
 * components (presence, routines, cadence) and the sessions are the sessions
 * module's, which plugs into a partnership's page and download through
 * {@link org.constellation.partnerships.PartnershipSection} and
 * {@link org.constellation.partnerships.PartnershipContent}. What is said
 * inside is read by the current partners alone
 * ({@link org.constellation.partnerships.PartnershipAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnerships", allowedDependencies = {
		"communities :: api", "notifications :: api", "people :: api", "portfolio :: api", "shared :: api"})
package org.constellation.partnerships;
