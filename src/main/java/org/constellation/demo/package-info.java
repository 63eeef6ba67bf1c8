/**
 * The demo constellation: a national initiative on inclusive education, loaded
 * into an empty database so that a first run has people, places and issues to
 * explore.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo constellation")
package org.constellation.demo;
