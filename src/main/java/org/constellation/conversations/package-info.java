/**
 * Conversations inside a community: threads of a kind that fits the practice
 * (question, challenge, story, case review, idea) and replies that build on
 * them, read and written as the community's access policy allows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Conversations", allowedDependencies = {
		"communities :: api", "notifications :: api", "people :: api", "shared :: api"})
package org.constellation.conversations;
