package org.constellation.recognition;

import java.util.List;
import java.util.stream.Collectors;

/**
 * CSV as RFC 4180 writes it (cells with commas, quotes or line breaks quoted,
 * quotes doubled, lines ending in CRLF), with every cell that a spreadsheet
 * would take for a formula (starting with =, +, -, @, a tab or a carriage
 * return) prefixed with an apostrophe, so opening a report never runs what
 * someone typed.
 */
final class ReportCsv {

	private ReportCsv() {
	}

	static String cell(String value) {
		String text = value == null ? "" : value;
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			text = "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

	static String row(List<String> cells) {
		return cells.stream().map(ReportCsv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	static String table(List<String> header, List<List<String>> rows) {
		StringBuilder csv = new StringBuilder(row(header));
		rows.forEach(r -> csv.append(row(r)));
		return csv.toString();
	}
}
