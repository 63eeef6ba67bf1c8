package org.constellation.conversations;

/**
 * A community's conversations as one reader meets them: who can read them,
 * whether the reader may start one, and whether they follow the community.
 */
public record Space(long communityId, Readers readers, boolean canStart, boolean following) {
}
