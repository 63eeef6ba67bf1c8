package org.constellation.shared;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Which kind of text search the database offers. PostgreSQL has full-text
 * search (plainto_tsquery against words stored per row, see
 * db/vendor/postgresql); the embedded H2 falls back to a case-insensitive LIKE,
 * which finds the same words on demo-sized data.
 */
@Component
@NamedInterface(name = "api", propagate = false)
public class TextSearch {

	private final boolean fullText;

	TextSearch(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			this.fullText = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
					.contains("postgres");
		}
	}

	/** True on PostgreSQL: use its full-text search. */
	public boolean fullText() {
		return fullText;
	}

	/**
	 * A LIKE pattern for lower-cased text, with the wildcards in the text escaped
	 * (escape char '\').
	 */
	public static String likePattern(String text) {
		String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_",
				"\\_");
		return "%" + escaped + "%";
	}
}
