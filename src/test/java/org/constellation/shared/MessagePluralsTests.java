package org.constellation.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "1 members", "1 stories": a count written before a noun must choose the
 * noun's form by the count. Every message of every bundle is read; a count
 * outside a {@code choice} before a countable noun fails, and every choice is
 * formatted with 1 to show it says the singular.
 */
class MessagePluralsTests {

	private static final String NOUNS = "members|communities|replies|conversations|posts|weeks|minutes|seconds|people"
			+ "|partners|partnerships|sessions|stories|groups|places|days|steps|entries|milestones|times|issues|terms"
			+ "|results|invitations|practitioners|pieces|hours|months|notices|threads|gatherings|messages|accounts"
			+ "|questions|commitments|reflections|requests|items|routines|attempts|rules|levels|spanners|links";

	/** A bare argument (not a choice) right before a countable noun. */
	private static final Pattern BARE_COUNT = Pattern.compile("\\{\\d+\\}\\s+(" + NOUNS + ")\\b");

	/** What a choice formatted with 1 must never say. */
	private static final Pattern ONE_PLURAL = Pattern.compile("\\b1\\s+(" + NOUNS + ")\\b");

	/**
	 * Templates the browser completes: the session room's timer picks
	 * {@code runner.timer.minute} or this one by the minutes left.
	 */
	private static final List<String> COMPLETED_IN_THE_BROWSER = List
			.of("partnerships-sessions.properties: runner.timer.minutes");

	@Test
	void noCountStandsBeforeANounWithoutChoosingItsForm() throws IOException {
		List<String> wrong = new ArrayList<>();
		messages().forEach((key, text) -> {
			if (COMPLETED_IN_THE_BROWSER.contains(key)) {
				return;
			}
			var bare = BARE_COUNT.matcher(withoutChoices(text));
			if (bare.find()) {
				wrong.add(key + " = " + text);
			}
		});
		assertThat(wrong).as("messages that write a count before a noun without a choice").isEmpty();
	}

	@Test
	void everyChoiceSaysTheSingularForOne() throws IOException {
		List<String> wrong = new ArrayList<>();
		messages().forEach((key, text) -> {
			if (!text.contains(",choice,")) {
				return;
			}
			Object[] ones = new Object[10];
			Arrays.fill(ones, 1);
			String formatted = new MessageFormat(text, Locale.ENGLISH).format(ones);
			if (ONE_PLURAL.matcher(formatted).find()) {
				wrong.add(key + " → " + formatted);
			}
		});
		assertThat(wrong).as("choices that say a plural for one").isEmpty();
	}

	@Test
	void theCheckFindsWhatItIsFor() {
		assertThat(BARE_COUNT.matcher(withoutChoices("See all {0} members")).find()).isTrue();
		assertThat(BARE_COUNT.matcher(withoutChoices("{0,choice,1#1 member|1<{0} members}")).find()).isFalse();
		assertThat(ONE_PLURAL.matcher("1 stories made visible").find()).isTrue();
	}

	/** Every message of every bundle, by "file: key". */
	private static Map<String, String> messages() throws IOException {
		Map<String, String> all = new TreeMap<>();
		try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
				Properties bundle = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					bundle.load(reader);
				}
				bundle.forEach((k, v) -> all.put(file.getFileName() + ": " + k, (String) v));
			}
		}
		assertThat(all).hasSizeGreaterThan(500);
		return all;
	}

	/** The text with every {@code {n,choice,…}} removed, nested braces included. */
	private static String withoutChoices(String text) {
		StringBuilder kept = new StringBuilder();
		int i = 0;
		while (i < text.length()) {
			int start = text.indexOf('{', i);
			if (start < 0) {
				kept.append(text, i, text.length());
				break;
			}
			kept.append(text, i, start);
			int end = closingBrace(text, start);
			String argument = text.substring(start, end + 1);
			if (!argument.contains(",choice,")) {
				kept.append(argument);
			}
			i = end + 1;
		}
		return kept.toString();
	}

	private static int closingBrace(String text, int open) {
		int depth = 0;
		for (int i = open; i < text.length(); i++) {
			if (text.charAt(i) == '{') {
				depth++;
			} else if (text.charAt(i) == '}' && --depth == 0) {
				return i;
			}
		}
		return text.length() - 1;
	}
}
