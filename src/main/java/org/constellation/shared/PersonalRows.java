package org.constellation.shared;

import java.sql.Clob;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;

/**
 * Rows for a person's download, the same on H2 and PostgreSQL: column names in
 * lower case, times as ISO-8601 instants, long text as strings.
 */
@NamedInterface(name = "api", propagate = false)
public final class PersonalRows {

	private PersonalRows() {
	}

	public static List<Map<String, Object>> of(JdbcClient jdbc, String sql, Object... params) {
		return jdbc.sql(sql).params(params).query().listOfRows().stream().map(PersonalRows::plain).toList();
	}

	private static Map<String, Object> plain(Map<String, Object> row) {
		Map<String, Object> out = new LinkedHashMap<>();
		row.forEach((k, v) -> out.put(k.toLowerCase(), plain(v)));
		return out;
	}

	private static Object plain(Object v) {
		try {
			return switch (v) {
				case null -> null;
				case java.sql.Timestamp t -> t.toInstant().toString();
				case OffsetDateTime t -> t.toInstant().toString();
				case java.time.Instant t -> t.toString();
				case java.sql.Date d -> d.toLocalDate().toString();
				case java.sql.Time t -> t.toLocalTime().toString();
				case Clob c -> c.getSubString(1, (int) c.length());
				default -> v;
			};
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
