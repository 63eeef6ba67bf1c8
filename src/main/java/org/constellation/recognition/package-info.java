/**
 * Recognition and value: the footprints of social artists (the conveners),
 * sponsors' endorsements of them, value-creation stories gathered per community
 * and the reports made of them for sponsors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition", allowedDependencies = {
		"communities :: api", "gatherings :: api", "people :: api", "portfolio :: api", "shared :: api"})
package org.constellation.recognition;
