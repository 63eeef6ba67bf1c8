package org.constellation.shared;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.modulith.NamedInterface;

/**
 * Comma-separated values as spreadsheets read them (RFC 4180): cells with a
 * comma, a quote or a line break are quoted, and a cell that a spreadsheet
 * would take for a formula (starting with =, +, -, @, a tab or a carriage
 * return) is kept as text with a leading apostrophe.
 */
@NamedInterface(name = "api", propagate = false)
public final class Csv {

	private Csv() {
	}

	public static String row(List<?> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
	}

	/** A header and its rows. */
	public static String table(List<?> header, List<? extends List<?>> rows) {
		StringBuilder csv = new StringBuilder(row(header));
		rows.forEach(r -> csv.append(row(r)));
		return csv.toString();
	}

	public static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}
}
