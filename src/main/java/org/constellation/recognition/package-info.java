/**
 * Recognition and value: the footprints of social artists (the conveners),
 * sponsors' endorsements of them, value-creation stories gathered per community
 * and the reports made of them for sponsors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recognition")
package org.constellation.recognition;
