/**
 * People: accounts and sign-in, practitioner profiles, the directory, reporting
 * lines between practitioners, each practitioner's private "do not match me
 * with" wishes and personal access tokens for the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People", allowedDependencies = {"portfolio :: api",
		"portfolio :: entities", "shared :: api"})
package org.constellation.people;
