package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.constellation.support.Api;
import org.constellation.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Guesses sent in parallel, by HTTP Basic to create a token and by the sign-in
 * form: each wrong one counts and answers as a wrong password (never a server
 * error), and once five have counted the right password is refused until the
 * lock runs out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInLockoutRaceIT {

	static final int GUESSES = 40;
	static final String PASSWORD = "the right password";

	static final ExecutorService THREADS = Executors.newFixedThreadPool(GUESSES);

	@LocalServerPort
	int port;

	@Autowired
	AccountService accounts;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	JdbcTemplate jdbc;

	@AfterAll
	static void stopThreads() {
		THREADS.shutdownNow();
	}

	@Test
	void wrongTokenRequestsAtOnceAllCountAndThenTheRightPasswordIsRefused() throws Exception {
		for (int round = 0; round < 2; round++) {
			String email = freshAccount();
			List<Integer> answers = atOnce(GUESSES - 1, i -> tokenRequest(email, "wrong guess " + i));
			assertThat(answers).as("every wrong guess is a wrong password, never a server error").containsOnly(401);
			assertThat(isLocked(email)).isTrue();
			assertThat(tokenRequest(email, PASSWORD)).as("the right password while locked").isEqualTo(401);
		}
	}

	@Test
	void fortyTokenRequestsAtOnceWithTheRightOneAmongThemLeaveTheAccountLocked() throws Exception {
		for (int round = 0; round < 2; round++) {
			String email = freshAccount();
			int right = round * 13 % GUESSES;
			List<Integer> answers = atOnce(GUESSES,
					i -> tokenRequest(email, i == right ? PASSWORD : "wrong guess " + i));
			assertThat(answers).as("no server error").allMatch(status -> status < 500);
			assertThat(answers).as("at most the right one has a token").filteredOn(status -> status == 201)
					.hasSizeLessThanOrEqualTo(1);
			// 39 wrong ones: whenever the right one came, at least 35 counted after it
			assertThat(isLocked(email)).isTrue();
			assertThat(tokenRequest(email, PASSWORD)).isEqualTo(401);
		}
	}

	@Test
	void wrongSignInFormsAtOnceAllCountAndThenTheRightPasswordIsRefused() throws Exception {
		for (int round = 0; round < 2; round++) {
			String email = freshAccount();
			List<WebSession> browsers = browsers(GUESSES);
			List<String> csrf = browsers.stream().map(b -> b.csrfFrom("/sign-in")).toList();
			List<String> answers = atOnce(GUESSES - 1,
					i -> formSignIn(browsers.get(i), csrf.get(i), email, "wrong guess " + i));
			assertThat(answers).as("every wrong guess goes back to the form, never a server error")
					.containsOnly("302 /sign-in?error");
			assertThat(isLocked(email)).isTrue();
			WebSession last = browsers.getLast();
			assertThat(formSignIn(last, csrf.getLast(), email, PASSWORD)).isEqualTo("302 /sign-in?error");
			assertThat(last.get("/sign-in?error").body()).contains("Too many attempts in a row");
		}
	}

	@Test
	void fortySignInFormsAtOnceWithTheRightOneAmongThemLeaveTheAccountLocked() throws Exception {
		String email = freshAccount();
		List<WebSession> browsers = browsers(GUESSES);
		List<String> csrf = browsers.stream().map(b -> b.csrfFrom("/sign-in")).toList();
		List<String> answers = atOnce(GUESSES,
				i -> formSignIn(browsers.get(i), csrf.get(i), email, i == 20 ? PASSWORD : "wrong guess " + i));
		assertThat(answers).as("no server error").allMatch(answer -> answer.startsWith("302 "));
		assertThat(isLocked(email)).isTrue();
	}

	@Test
	void aRightPasswordForgetsEarlierFailuresAndALockRunsOut() {
		String email = freshAccount();
		for (int i = 1; i < Account.FAILURES_BEFORE_LOCK; i++) {
			assertThat(tokenRequest(email, "wrong " + i)).isEqualTo(401);
		}
		assertThat(tokenRequest(email, PASSWORD)).isEqualTo(201);
		for (int i = 1; i < Account.FAILURES_BEFORE_LOCK; i++) {
			assertThat(tokenRequest(email, "wrong again " + i)).isEqualTo(401);
		}
		assertThat(isLocked(email)).isFalse();
		assertThat(tokenRequest(email, PASSWORD)).isEqualTo(201);

		for (int i = 0; i < Account.FAILURES_BEFORE_LOCK; i++) {
			tokenRequest(email, "wrong once more " + i);
		}
		assertThat(tokenRequest(email, PASSWORD)).isEqualTo(401);
		jdbc.update("update accounts set locked_until = ? where email = ?",
				java.sql.Timestamp.from(Instant.now().minusSeconds(60)), email);
		assertThat(tokenRequest(email, PASSWORD)).as("the lock has run out").isEqualTo(201);
	}

	private String freshAccount() {
		String email = "guessed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
		accounts.createAccount(email, "Guessed " + email.substring(8, 12), passwords.encode(PASSWORD),
				EnumSet.of(Role.MEMBER), ZoneId.of("UTC"));
		return email;
	}

	private int tokenRequest(String email, String password) {
		return Api.basic(port, email, password).post("/api/v1/tokens", "{\"name\":\"guess\"}").status();
	}

	private List<WebSession> browsers(int count) {
		List<WebSession> browsers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			browsers.add(new WebSession(port));
		}
		return browsers;
	}

	private static String formSignIn(WebSession browser, String csrf, String email, String password) {
		var answer = browser.post("/sign-in", Map.of("username", email, "password", password, "_csrf", csrf));
		return answer.status() + " " + answer.location().replaceFirst("^https?://[^/]+", "");
	}

	private boolean isLocked(String email) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select locked_until is not null and locked_until > current_timestamp from accounts where email = ?",
				Boolean.class, email));
	}

	/** Sends {@code count} requests released at the same instant. */
	private static <T> List<T> atOnce(int count, IntFunction<T> request) throws Exception {
		CountDownLatch ready = new CountDownLatch(count);
		CountDownLatch go = new CountDownLatch(1);
		List<Future<T>> futures = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			int n = i;
			futures.add(THREADS.submit(() -> {
				ready.countDown();
				go.await();
				return request.apply(n);
			}));
		}
		ready.await();
		go.countDown();
		List<T> answers = new ArrayList<>();
		for (Future<T> future : futures) {
			answers.add(future.get());
		}
		return answers;
	}
}
