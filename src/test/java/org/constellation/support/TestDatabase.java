package org.constellation.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Chooses the database for a test JVM, once, before its first Spring context
 * starts (registered in {@code META-INF/spring.factories}: Spring asks it
 * before building any test's application, in the JVM that runs the tests and
 * nowhere else). {@code -Dconstellation.it.database=postgresql} creates a fresh
 * database on the PostgreSQL server at 127.0.0.1:5432 (or
 * {@code constellation.it.postgres-url}) and drops it at the end; anything else
 * gives an in-memory H2 in PostgreSQL mode. When PostgreSQL cannot be had the
 * run fails: it never falls back silently. Also gives the run its own folder
 * for mail.
 * <p>
 * A test class marked {@link OnH2} gets an application of its own on the
 * in-memory H2 whatever the JVM's choice: the classes of SQL that differs run
 * again on H2 in the same JVMs as the rest, where an application starts in a
 * few seconds, instead of in JVMs of their own that start cold.
 */
public final class TestDatabase implements ContextCustomizerFactory {

	private static final String ADMIN_URL = System.getProperty("constellation.it.postgres-url",
			"jdbc:postgresql://127.0.0.1:5432/postgres");
	private static final String ADMIN_USER = System.getProperty("constellation.it.postgres-user", "postgres");

	private static boolean chosen;
	private static String createdDatabase;
	private static Path mailFolder;

	static final String H2_URL = "jdbc:h2:mem:constellation;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		choose();
		// otherwise nothing to change in the context itself: the choice is in the
		// system properties every application of this JVM reads
		return testClass.isAnnotationPresent(OnH2.class) ? new OnH2Database() : null;
	}

	/**
	 * The in-memory H2 and the demo on it, over the JVM's choice (its properties
	 * come first). Equal to every other, so that every class on H2 shares one
	 * application where their other settings agree.
	 */
	private record OnH2Database() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getEnvironment().getPropertySources().addFirst(
					new MapPropertySource("on-h2", Map.of("spring.datasource.url", H2_URL, "spring.datasource.username",
							"sa", "spring.datasource.password", "", "constellation.demo-data", "true")));
		}
	}

	/**
	 * The database of a running application as command-line arguments, for a second
	 * node started beside it: arguments win over the system properties the run
	 * sets, so the node opens H2 when the test's application does.
	 */
	public static String[] databaseOf(Environment environment) {
		return new String[]{"--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
				"--spring.datasource.username=" + environment.getProperty("spring.datasource.username"),
				"--spring.datasource.password=" + environment.getProperty("spring.datasource.password", "")};
	}

	private static synchronized void choose() {
		if (chosen) {
			return;
		}
		chosen = true;
		Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::cleanUp));
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
			System.setProperty("spring.datasource.url", H2_URL);
			System.setProperty("spring.datasource.username", "sa");
			System.setProperty("spring.datasource.password", "");
		}
	}

	/** When the JVM ends: the database dropped, the mail folder deleted. */
	private static void cleanUp() {
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
	private static void chooseMailFolder() {
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
