package org.constellation.support;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.sql.DataSource;

/**
 * What the database holds, table by table: row counts and a hash of every row,
 * to show that a restored copy holds what the original held
 * ({@code BackupRestoreIT}). That a refused request stored nothing is shown by
 * {@link Writes}, which does not read the tables back. Sign-in sessions, the
 * scheduled jobs' locks and the rate limits' counts change on every request or
 * every minute by design, so they are always left out.
 */
public final class Tables {

	/**
	 * Written by every request with a session, by every scheduled job, and by every
	 * attempt at a rate-limited door (signing in or up, a token, a reset), which
	 * counts refused attempts too: that is what a limit is for.
	 */
	public static final Set<String> ALWAYS_LEFT_OUT = Set.of("spring_session", "spring_session_attributes", "shedlock",
			"rate_limit_buckets");

	private Tables() {
	}

	/** The application's tables (Flyway's own history left out), lower case. */
	public static List<String> names(DataSource dataSource) {
		try (Connection c = dataSource.getConnection()) {
			DatabaseMetaData meta = c.getMetaData();
			String schema = c.getSchema();
			List<String> names = new ArrayList<>();
			try (ResultSet rs = meta.getTables(null, schema, "%", new String[]{"TABLE"})) {
				while (rs.next()) {
					String name = rs.getString("TABLE_NAME").toLowerCase();
					if (!name.equals("flyway_schema_history")) {
						names.add(name);
					}
				}
			}
			names.sort(null);
			return names;
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Rows per table. */
	public static Map<String, Long> counts(DataSource dataSource, Set<String> leftOut) {
		Map<String, Long> counts = new TreeMap<>();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			for (String table : names(dataSource)) {
				if (leftOut.contains(table) || ALWAYS_LEFT_OUT.contains(table)) {
					continue;
				}
				try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
					rs.next();
					counts.put(table, rs.getLong(1));
				}
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return counts;
	}

	/**
	 * A hash of every row of every table (order-independent), per table: any
	 * insert, update or delete changes the table's entry.
	 */
	public static Map<String, Long> fingerprint(DataSource dataSource, Set<String> leftOut) {
		Map<String, Long> prints = new TreeMap<>();
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			for (String table : names(dataSource)) {
				if (leftOut.contains(table) || ALWAYS_LEFT_OUT.contains(table)) {
					continue;
				}
				long sum = 0;
				try (ResultSet rs = s.executeQuery("select * from " + table)) {
					ResultSetMetaData meta = rs.getMetaData();
					int columns = meta.getColumnCount();
					while (rs.next()) {
						Object[] row = new Object[columns];
						for (int i = 0; i < columns; i++) {
							Object value = rs.getObject(i + 1);
							row[i] = value instanceof byte[] bytes ? Arrays.hashCode(bytes) : String.valueOf(value);
						}
						// summed so that the order rows come back in does not matter
						sum += Arrays.hashCode(row) * 0x9E3779B97F4A7C15L;
					}
				}
				prints.put(table, sum);
			}
		} catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return prints;
	}
}
