/**
 * Practice work, the shared repertoire and the glossary of a community, plugged
 * into its pages, search, activity and personal data through the community
 * extension points; who may read and add is asked of the communities module's
 * access policy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Repertoire", allowedDependencies = {"communities :: api",
		"people :: api", "portfolio :: api", "portfolio :: entities", "shared :: api"})
package org.constellation.repertoire;
