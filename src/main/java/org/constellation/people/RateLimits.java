package org.constellation.people;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.constellation.shared.Secrets;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * How often each door may be knocked on, per account and per client address:
 * Bucket4j buckets kept in the database (table {@code rate_limit_buckets}), so
 * that every app node takes from the same buckets. Each attempt takes a token
 * from the account's bucket and from the address's; tokens come back evenly
 * over the period.
 */
class RateLimits {

	enum Door {
		SIGN_IN("sign-in"), SIGN_UP("sign-up"), TOKENS("tokens"), PASSWORD_RESETS("resets");

		final String key;

		Door(String key) {
			this.key = key;
		}
	}

	/**
	 * A full bucket is forgotten this long after it would have filled up again.
	 */
	private static final Duration KEPT_AFTER_FULL = Duration.ofMinutes(1);

	private final LimitSettings settings;
	private final ProxyManager<String> buckets;
	private final JdbcClient jdbc;

	RateLimits(LimitSettings settings, DataSource dataSource) {
		this.settings = settings;
		this.jdbc = JdbcClient.create(dataSource);
		var expiration = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_AFTER_FULL);
		this.buckets = onPostgres(dataSource)
				? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource).primaryKeyMapper(PrimaryKeyMapper.STRING)
						.table("rate_limit_buckets").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
						.expirationAfterWrite(expiration).build()
				: new H2Buckets(dataSource, expiration);
	}

	/**
	 * Takes one attempt at this door for this email (or none) from this address.
	 * Answers how long to wait when either bucket is empty.
	 */
	Optional<Duration> take(Door door, String email, String address) {
		LimitSettings.Limit limit = settings.of(door);
		Duration wait = Duration.ZERO;
		if (email != null && !email.isBlank() && limit.perAccount() > 0) {
			wait = max(wait, take(key(door, limit.perAccount(), limit.period(), "account", Account.normalize(email)),
					limit.perAccount(), limit.period()));
		}
		if (address != null && limit.perAddress() > 0) {
			wait = max(wait, take(key(door, limit.perAddress(), limit.period(), "address", address), limit.perAddress(),
					limit.period()));
		}
		return wait.isZero() ? Optional.empty() : Optional.of(wait);
	}

	/**
	 * The bucket's name: the door, the limit (a changed limit starts new buckets
	 * instead of keeping the old ones' size) and a hash of the email or address, so
	 * the table holds no one's email or address.
	 */
	private static String key(Door door, int count, Duration period, String kind, String who) {
		return door.key + ":" + count + "/" + period + ":" + kind + ":" + Secrets.hash(who.toLowerCase(Locale.ROOT));
	}

	private Duration take(String key, int capacity, Duration period) {
		ConsumptionProbe probe = buckets.builder()
				.build(key,
						() -> BucketConfiguration.builder()
								.addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build())
				.tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
	}

	/**
	 * Forgets buckets that have filled up again, so the table keeps only the busy
	 * ones.
	 */
	@Scheduled(fixedDelayString = "${constellation.limits.forget-every:PT10M}")
	void forgetFullBuckets() {
		jdbc.sql("delete from rate_limit_buckets where expires_at < ?").param(Instant.now().toEpochMilli()).update();
	}

	private static Duration max(Duration a, Duration b) {
		return a.compareTo(b) >= 0 ? a : b;
	}

	private static boolean onPostgres(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		} catch (SQLException e) {
			throw new IllegalStateException("Cannot tell which database holds the rate limits", e);
		}
	}
}
