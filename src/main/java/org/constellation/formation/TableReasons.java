package org.constellation.formation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.constellation.shared.Ref;
import org.springframework.context.MessageSource;

/**
 * Says in plain words why someone is suggested for a community's table, in the
 * reader's language (messages in {@code i18n/table.properties}).
 */
final class TableReasons {

	private final MessageSource messages;
	private final Locale locale;

	TableReasons(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	String reason(List<Ref> sharedIssues, List<Ref> fillsGroups, List<Ref> fillsLevels) {
		StringBuilder reason = new StringBuilder();
		if (!sharedIssues.isEmpty()) {
			reason.append(message(sharedIssues.size() == 1 ? "table.reason.concern" : "table.reason.concerns",
					sharedIssues.size(), names(sharedIssues, "table.list.separator")));
		}
		if (!fillsGroups.isEmpty()) {
			append(reason, message(fillsGroups.size() == 1 ? "table.reason.group" : "table.reason.groups",
					names(fillsGroups, "table.list.lastSeparator")));
		}
		for (Ref level : fillsLevels) {
			append(reason, message("table.reason.level", level.name()));
		}
		return reason.toString();
	}

	private static void append(StringBuilder reason, String sentence) {
		if (!reason.isEmpty()) {
			reason.append(' ');
		}
		reason.append(sentence);
	}

	/**
	 * "A, B and C", or "A, B, C" for a list that reads better without the "and".
	 */
	private String names(List<Ref> refs, String lastSeparatorKey) {
		List<String> names = refs.stream().map(Ref::name).toList();
		if (names.size() == 1) {
			return names.getFirst();
		}
		String separator = message("table.list.separator");
		return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(separator))
				+ message(lastSeparatorKey) + names.getLast();
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
