/**
 * The portfolio: levels of scale, the tree of places, stakeholder groups and
 * the issues that cut across them. Everyone signed in reads it; stewards shape
 * it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portfolio", allowedDependencies = {"shared :: api"})
package org.constellation.portfolio;
