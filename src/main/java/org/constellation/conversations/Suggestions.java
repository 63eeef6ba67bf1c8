package org.constellation.conversations;

/**
 * The gentle nudge from "but…" to "and…". It never blocks a reply: it only
 * invites the writer to build on what was said.
 */
public final class Suggestions {

	public static final String BUILD_ON_IT = "Try building on it: \u2018and\u2026\u2019 \u2014 what would you add to what was said?";

	private Suggestions() {
	}

	/**
	 * True when the text opens with the word "but", whatever the case and whatever
	 * spaces or punctuation come before it.
	 */
	public static boolean opensWithBut(String text) {
		if (text == null) {
			return false;
		}
		int i = 0;
		while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
			i++;
		}
		return text.regionMatches(true, i, "but", 0, 3)
				&& (i + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 3)));
	}

	/** The suggestion for this reply, or null when there is none. */
	public static String forReply(String text) {
		return opensWithBut(text) ? BUILD_ON_IT : null;
	}
}
