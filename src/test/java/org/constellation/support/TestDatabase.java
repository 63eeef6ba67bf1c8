package org.constellation.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Chooses the database for a test run, once per JVM, before any Spring context
 * starts. {@code -Dconstellation.it.database=postgresql} creates a fresh
 * database on the PostgreSQL server at 127.0.0.1:5432 (or
 * {@code constellation.it.postgres-url}) and drops it at the end; anything else
 * gives an in-memory H2 in PostgreSQL mode. When PostgreSQL cannot be had the
 * run fails: it never falls back silently. Also gives the run its own folder
 * for mail.
 */
public class TestDatabase implements LauncherSessionListener {

	private static final String ADMIN_URL = System.getProperty("constellation.it.postgres-url",
			"jdbc:postgresql://127.0.0.1:5432/postgres");
	private static final String ADMIN_USER = System.getProperty("constellation.it.postgres-user", "postgres");

	private String createdDatabase;
	private Path mailFolder;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		chooseMailFolder();
		if (System.getProperty("spring.datasource.url") != null) {
			return;
		}
		if ("postgresql".equals(System.getProperty("constellation.it.database"))) {
			createdDatabase = "constellation_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
			execute("create database " + createdDatabase);
			System.setProperty("spring.datasource.url",
					ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + createdDatabase);
			System.setProperty("spring.datasource.username", ADMIN_USER);
			System.setProperty("spring.datasource.password", "");
			System.setProperty("constellation.demo-data", "true");
		} else {
			System.setProperty("spring.datasource.url",
					"jdbc:h2:mem:constellation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
			System.setProperty("spring.datasource.username", "sa");
			System.setProperty("spring.datasource.password", "");
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (createdDatabase != null) {
			execute("drop database if exists " + createdDatabase + " with (force)");
		}
		if (mailFolder != null) {
			try (var files = Files.walk(mailFolder)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
			} catch (IOException e) {
				// a temporary folder left behind harms nothing
			}
		}
	}

	/**
	 * The embedded default writes mail as files; each test JVM gets its own folder
	 * (two runs at once must not read each other's mail), which {@link Mailbox}
	 * reads.
	 */
	private void chooseMailFolder() {
		if (System.getProperty("constellation.mail.directory") != null) {
			return;
		}
		try {
			mailFolder = Files.createTempDirectory("constellation-mail-");
			System.setProperty("constellation.mail.directory", mailFolder.toString());
		} catch (IOException e) {
			throw new UncheckedIOException("No temporary folder for the tests' mail", e);
		}
	}

	public static boolean onPostgres() {
		return System.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
	}

	private static void execute(String sql) {
		try (Connection c = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, ""); Statement s = c.createStatement()) {
			s.execute(sql);
		} catch (SQLException e) {
			throw new IllegalStateException(
					"PostgreSQL is needed for this run at " + ADMIN_URL + " (" + e.getMessage()
							+ "). Start it: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start",
					e);
		}
	}
}
