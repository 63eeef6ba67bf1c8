package org.constellation.conversations;

/**
 * Who can read a community's conversations: everyone signed in, or only its
 * {@code memberCount} members.
 */
public record Readers(boolean everyoneSignedIn, int memberCount, String communityName) {
}
