package org.constellation.conversations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "@" followed by the display name of a member of the community. Longer names
 * are tried first, so "@Ana María" is not taken for "@Ana".
 */
final class Mentions {

	record Mention(long practitionerId, String name, int start, int end) {
	}

	private Mentions() {
	}

	static List<Mention> find(String text, Map<Long, String> members) {
		List<Mention> found = new ArrayList<>();
		if (text == null || text.indexOf('@') < 0 || members.isEmpty()) {
			return found;
		}
		List<Map.Entry<Long, String>> byLength = members.entrySet().stream().filter(e -> !e.getValue().isBlank())
				.sorted(Comparator.comparingInt((Map.Entry<Long, String> e) -> e.getValue().length()).reversed())
				.toList();
		int at = text.indexOf('@');
		while (at >= 0) {
			// an email address is not a mention
			boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
			Mention mention = null;
			if (startsWord) {
				for (Map.Entry<Long, String> member : byLength) {
					String name = member.getValue();
					int end = at + 1 + name.length();
					if (text.regionMatches(true, at + 1, name, 0, name.length())
							&& (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
						mention = new Mention(member.getKey(), name, at, end);
						break;
					}
				}
			}
			if (mention != null) {
				found.add(mention);
				at = text.indexOf('@', mention.end());
			} else {
				at = text.indexOf('@', at + 1);
			}
		}
		return found;
	}

	static Set<Long> people(List<Mention> mentions) {
		Set<Long> ids = new LinkedHashSet<>();
		mentions.forEach(m -> ids.add(m.practitionerId()));
		return ids;
	}

	/**
	 * The Markdown with each mention written as a link to the person's profile; the
	 * name becomes escaped link text, so it is rendered and sanitized with the
	 * rest.
	 */
	static String linked(String text, List<Mention> mentions) {
		StringBuilder out = new StringBuilder();
		int from = 0;
		for (Mention m : mentions) {
			out.append(text, from, m.start());
			out.append("[@").append(escape(text.substring(m.start() + 1, m.end()))).append("](/practitioners/")
					.append(m.practitionerId()).append(')');
			from = m.end();
		}
		return out.append(text.substring(from)).toString();
	}

	private static String escape(String name) {
		StringBuilder out = new StringBuilder();
		for (char c : name.toCharArray()) {
			if ("\\`*_{}[]()<>#+-.!|&~".indexOf(c) >= 0) {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}
}
