/**
 * The demo constellation: a national initiative on inclusive education, loaded
 * into an empty database so that a first run has people, places and issues to
 * explore.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo constellation", allowedDependencies = {
		"communities :: api", "communities :: entities", "conversations :: api", "gatherings :: api",
		"gatherings :: entities", "journeys :: api", "journeys :: entities", "notifications :: api",
		"partnerships :: api", "partnerships :: entities", "people :: api", "people :: entities", "portfolio :: api",
		"portfolio :: entities", "recognition :: api", "repertoire :: api", "sessions :: api", "sessions :: entities"})
package org.constellation.demo;
