/**
 * Learning partnerships of 2 to 7 peers: forming, the opening script and trust,
 * the five components, sessions on a cadence, momentum and closing. What is
 * said inside is read by the current partners alone
 * ({@link org.constellation.partnerships.PartnershipAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partnerships")
package org.constellation.partnerships;
