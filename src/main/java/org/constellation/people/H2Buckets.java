package org.constellation.people;

import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.AbstractSelectForUpdateBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.LockAndGetResult;
import io.github.bucket4j.distributed.proxy.generic.select_for_update.SelectForUpdateBasedTransaction;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Bucket4j's select-for-update buckets on the embedded H2, in the table that
 * Bucket4j's PostgreSQL manager uses on PostgreSQL. That manager's statements
 * run on H2 but one: H2 takes {@code on conflict do nothing} without naming the
 * column. Everything else (locking the row, reading and writing the state) is
 * Bucket4j's own.
 */
class H2Buckets extends AbstractSelectForUpdateBasedProxyManager<String> {

	private final DataSource dataSource;
	private final CustomColumnProvider<String> expiresAt;

	H2Buckets(DataSource dataSource, ExpirationAfterWriteStrategy expiration) {
		super(ClientSideConfig.getDefault().withExpirationAfterWriteStrategy(expiration));
		this.dataSource = dataSource;
		this.expiresAt = CustomColumnProvider.createExpiresInColumnProvider("expires_at", expiration);
	}

	@Override
	public boolean isExpireAfterWriteSupported() {
		return true;
	}

	@Override
	protected SelectForUpdateBasedTransaction allocateTransaction(String key, Optional<Long> timeoutNanos) {
		Connection connection;
		try {
			connection = dataSource.getConnection();
		} catch (SQLException e) {
			throw new BucketExceptions.BucketExecutionException(e);
		}
		return new SelectForUpdateBasedTransaction() {

			@Override
			public void begin(Optional<Long> timeoutNanos) {
				run(() -> connection.setAutoCommit(false));
			}

			@Override
			public void rollback() {
				run(connection::rollback);
			}

			@Override
			public void commit(Optional<Long> timeoutNanos) {
				run(connection::commit);
			}

			@Override
			public LockAndGetResult tryLockAndGet(Optional<Long> timeoutNanos) {
				try (PreparedStatement select = connection
						.prepareStatement("select state from rate_limit_buckets where id = ? for update")) {
					select.setString(1, key);
					try (ResultSet rs = select.executeQuery()) {
						return rs.next() ? LockAndGetResult.locked(rs.getBytes(1)) : LockAndGetResult.notLocked();
					}
				} catch (SQLException e) {
					throw new BucketExceptions.BucketExecutionException(e);
				}
			}

			@Override
			public boolean tryInsertEmptyData(Optional<Long> timeoutNanos) {
				try (PreparedStatement insert = connection.prepareStatement(
						"insert into rate_limit_buckets (id, state) values (?, null) on conflict do nothing")) {
					insert.setString(1, key);
					return insert.executeUpdate() > 0;
				} catch (SQLException e) {
					throw new BucketExceptions.BucketExecutionException(e);
				}
			}

			@Override
			public void update(byte[] data, RemoteBucketState newState, Optional<Long> timeoutNanos) {
				try (PreparedStatement update = connection
						.prepareStatement("update rate_limit_buckets set state = ?, expires_at = ? where id = ?")) {
					update.setBytes(1, data);
					expiresAt.setCustomField(key, 2, update, newState, currentTimeNanos());
					update.setString(3, key);
					update.executeUpdate();
				} catch (SQLException e) {
					throw new BucketExceptions.BucketExecutionException(e);
				}
			}

			@Override
			public void release() {
				run(connection::close);
			}
		};
	}

	@Override
	public void removeProxy(String key) {
		try (Connection connection = dataSource.getConnection();
				PreparedStatement delete = connection.prepareStatement("delete from rate_limit_buckets where id = ?")) {
			delete.setString(1, key);
			delete.executeUpdate();
		} catch (SQLException e) {
			throw new BucketExceptions.BucketExecutionException(e);
		}
	}

	private interface Jdbc {
		void run() throws SQLException;
	}

	private static void run(Jdbc step) {
		try {
			step.run();
		} catch (SQLException e) {
			throw new BucketExceptions.BucketExecutionException(e);
		}
	}
}
