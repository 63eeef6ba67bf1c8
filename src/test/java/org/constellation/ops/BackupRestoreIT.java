package org.constellation.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.constellation.ConstellationApplication;
import org.constellation.support.Api;
import org.constellation.support.Tables;
import org.constellation.support.TestDatabase;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A backup made with pg_dump restores into a new database that holds every row
 * of every table, and the application started on it answers: a member signs in
 * and reads a thread. Only on PostgreSQL: pg_dump and pg_restore have no H2
 * counterpart. The failsafe run on H2 excludes it (pom.xml); when it is named
 * with {@code -Dit.test}, which overrides that exclusion, the H2 run reports it
 * as not run rather than failing.
 */
@EnabledIfSystemProperty(named = "constellation.it.database", matches = "postgresql")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BackupRestoreIT {

	private static final String HOST = "127.0.0.1";
	private static final String USER = "postgres";

	@LocalServerPort
	int port;

	@Autowired
	DataSource dataSource;

	@Test
	void aDumpRestoresIntoANewDatabaseWithEveryRowAndTheAppServesIt() throws Exception {
		assertThat(TestDatabase.onPostgres()).as("the PostgreSQL run sets up a PostgreSQL database").isTrue();
		String url = System.getProperty("spring.datasource.url");
		String source = url.substring(url.lastIndexOf('/') + 1);
		String restored = source + "_restored";

		// something written just before the backup, to read back after the restore
		Api member = Api.as(port, "member05@example.org");
		long ohio = member.get("/api/v1/places?size=100").json().get("content").valueStream()
				.filter(n -> n.get("name").asString().equals("Ohio")).findFirst().orElseThrow().get("id").asLong();
		long issue = member.get("/api/v1/issues?size=50").json().get("content").get(0).get("id").asLong();
		var convened = member.post("/api/v1/communities",
				Api.json(Map.of("name", "Restored " + UUID.randomUUID(), "purpose", "Learning together", "issueIds",
						List.of(issue), "placeIds", List.of(ohio), "activities", List.of("CONVERSATIONS"), "practice",
						"We meet monthly.", "visibility", "MEMBERS", "joinPolicy", "OPEN", "legitimacy",
						"I have done this work for years.")));
		assertThat(convened.status()).as(convened.toString()).isEqualTo(201);
		long community = convened.json().get("id").asLong();
		String words = "Written before the backup " + UUID.randomUUID();
		var started = member.post("/api/v1/communities/" + community + "/threads",
				Api.json(Map.of("kind", "QUESTION", "title", "Before the backup", "body", words)));
		assertThat(started.status()).as(started.toString()).isEqualTo(201);
		long thread = started.json().get("id").asLong();

		Path dump = Files.createTempFile("constellation-", ".dump");
		ConfigurableApplicationContext second = null;
		try {
			// the token's "last used" moves with every call, by design; sign-in sessions
			// are left out of the backup (the guide's command), so nobody is signed in
			// on a restored copy
			Set<String> leftOut = Set.of("access_tokens");
			WebSession signedInBefore = WebSession.signedIn(port, "member05@example.org");
			Map<String, Long> before = Tables.fingerprint(dataSource, leftOut);
			Map<String, Long> beforeCounts = Tables.counts(dataSource, Set.of());
			run(pgTool("pg_dump"), "-Fc", "--exclude-table-data=spring_session*", "-h", HOST, "-U", USER, "-d", source,
					"-f", dump.toString());
			admin("create database " + restored);
			run(pgTool("pg_restore"), "--no-owner", "-h", HOST, "-U", USER, "-d", restored, dump.toString());

			String restoredUrl = url.substring(0, url.lastIndexOf('/') + 1) + restored;
			DriverManagerDataSource copy = new DriverManagerDataSource(restoredUrl, USER, "");
			assertThat(Tables.names(copy)).isEqualTo(Tables.names(dataSource)).hasSizeGreaterThan(50);
			assertThat(Tables.counts(copy, Set.of())).isEqualTo(beforeCounts);
			assertThat(new JdbcTemplate(copy).queryForObject("select count(*) from spring_session", Long.class))
					.as("sign-in sessions in the copy").isZero();
			assertThat(Tables.fingerprint(copy, leftOut)).isEqualTo(before);

			// command-line arguments win over the system properties this test run set
			second = new SpringApplicationBuilder(ConstellationApplication.class).run("--server.port=0",
					"--spring.datasource.url=" + restoredUrl, "--spring.datasource.username=" + USER,
					"--spring.datasource.password=", "--constellation.demo-data=false");
			int restoredPort = Integer.parseInt(second.getEnvironment().getProperty("local.server.port"));
			assertThat(restoredPort).isNotEqualTo(port);

			Api onRestored = Api.as(restoredPort, "member05@example.org");
			var read = onRestored.get("/api/v1/threads/" + thread);
			assertThat(read.status()).as(read.toString()).isEqualTo(200);
			assertThat(read.json().get("body").asString()).isEqualTo(words);
			WebSession.Page page = WebSession.signedIn(restoredPort, "member05@example.org").get("/threads/" + thread);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains(words);
			var oldSession = signedInBefore.at(restoredPort).get("/profile");
			assertThat(oldSession.status()).as("a session from before the backup").isEqualTo(302);
			assertThat(oldSession.location()).contains("/sign-in");
		} finally {
			if (second != null) {
				second.close();
			}
			Files.deleteIfExists(dump);
			admin("drop database if exists " + restored + " with (force)");
		}
	}

	private static String pgTool(String name) {
		for (String dir : List.of("/usr/lib/postgresql/15/bin/", "/usr/bin/")) {
			if (new File(dir + name).canExecute()) {
				return dir + name;
			}
		}
		throw new IllegalStateException(name + " is needed (apt-get install postgresql-client-15)");
	}

	private static void run(String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
		assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
	}

	private static void admin(String sql) throws SQLException {
		try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + HOST + ":5432/postgres", USER, "");
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}
}
