package org.constellation.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.MethodExecutionContext;
import net.ttddyy.dsproxy.listener.MethodExecutionListener;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Which tables the application has written since a {@link #mark()}, counted as
 * the statements reach the database: every test application's
 * {@link DataSource} is wrapped (see {@link Factory}), and a write counts once
 * its transaction commits (a rolled-back one stored nothing). This shows that a
 * refused request stored nothing without reading a single row back, so the
 * check costs the same whether the database holds ten rows or a million.
 * <p>
 * Stricter than comparing what the tables hold: a refused request that rewrites
 * a row with the same values is caught too.
 */
public final class Writes {

	private static final AtomicLong CLOCK = new AtomicLong();
	/** Per table, the clock when a write to it was last committed. */
	private static final Map<String, Long> LAST_COMMITTED = new ConcurrentHashMap<>();
	/** Per borrowed connection, the tables its open transaction has written. */
	private static final Map<String, List<String>> PENDING = new ConcurrentHashMap<>();
	private static volatile long lastCommitNanos = System.nanoTime();

	/**
	 * A lock read ("select … for update") writes nothing, and an upsert's "on
	 * conflict … do update set" writes the table its insert names: take them out
	 * before looking for the written tables.
	 */
	private static final Pattern LOCKING_CLAUSE = Pattern
			.compile("\\b(for\\s+(no\\s+key\\s+)?update|do\\s+update\\s+set)\\b");
	private static final Pattern WRITE = Pattern
			.compile("\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+\"?([a-z_][a-z0-9_]*)\"?");
	private static final Pattern READ_ONLY = Pattern.compile(
			"^\\s*(select|with|values|show|set|explain|lock|savepoint|release|rollback|commit|begin|start|reset|discard)\\b");

	private Writes() {
	}

	/** The moment to compare with: writes committed after it are reported. */
	public static long mark() {
		return CLOCK.get();
	}

	/**
	 * The tables written and committed since {@code mark}, but for those that
	 * change by design on every request ({@link Tables#ALWAYS_LEFT_OUT}) and those
	 * the caller leaves out.
	 */
	public static Set<String> since(long mark, Set<String> leftOut) {
		Set<String> written = new TreeSet<>();
		LAST_COMMITTED.forEach((table, at) -> {
			if (at > mark && !leftOut.contains(table) && !Tables.ALWAYS_LEFT_OUT.contains(table)) {
				written.add(table);
			}
		});
		return written;
	}

	/**
	 * Waits until nothing has been committed for {@code quiet} (what a request set
	 * off in the background, notices and mail, has been written), at most
	 * {@code atMost}.
	 */
	public static void awaitQuiet(Duration quiet, Duration atMost) {
		long deadline = System.nanoTime() + atMost.toNanos();
		while (System.nanoTime() < deadline && System.nanoTime() - lastCommitNanos < quiet.toNanos()) {
			try {
				Thread.sleep(50);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/**
	 * The tables a statement writes (none when it only reads). A statement that is
	 * neither a plain read nor a recognised write (DDL, a function call) is named
	 * as it is, so that a check fails rather than missing a write.
	 */
	static List<String> writtenTables(String sql) {
		String statement = LOCKING_CLAUSE.matcher(sql.toLowerCase(Locale.ROOT)).replaceAll(" ");
		List<String> tables = new ArrayList<>();
		Matcher m = WRITE.matcher(statement);
		while (m.find()) {
			tables.add(m.group(1));
		}
		if (tables.isEmpty() && !READ_ONLY.matcher(statement).find()) {
			tables.add("(unrecognised) " + abbreviate(statement.strip()));
		}
		return tables;
	}

	private static String abbreviate(String sql) {
		return sql.length() > 60 ? sql.substring(0, 60) + "…" : sql;
	}

	static DataSource recording(DataSource dataSource) {
		return ProxyDataSourceBuilder.create(dataSource).name("writes").listener(new QueryExecutionListener() {
			@Override
			public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
			}

			@Override
			public void afterQuery(ExecutionInfo info, List<QueryInfo> queries) {
				if (!info.isSuccess()) {
					return;
				}
				List<String> tables = new ArrayList<>();
				for (QueryInfo query : queries) {
					tables.addAll(writtenTables(query.getQuery()));
				}
				if (tables.isEmpty()) {
					return;
				}
				if (autoCommit(info)) {
					commit(tables);
				} else {
					PENDING.computeIfAbsent(info.getConnectionId(), id -> new ArrayList<>()).addAll(tables);
				}
			}
		}).methodListener(new MethodExecutionListener() {
			@Override
			public void beforeMethod(MethodExecutionContext context) {
			}

			@Override
			public void afterMethod(MethodExecutionContext context) {
				if (!(context.getTarget() instanceof Connection) || context.getConnectionInfo() == null) {
					return;
				}
				String id = context.getConnectionInfo().getConnectionId();
				switch (context.getMethod().getName()) {
					case "commit" -> {
						if (context.getThrown() == null) {
							List<String> tables = PENDING.remove(id);
							if (tables != null) {
								commit(tables);
							}
						}
					}
					// closing a connection with a transaction open rolls it back
					case "rollback", "close" -> PENDING.remove(id);
					default -> {
					}
				}
			}
		}).build();
	}

	private static boolean autoCommit(ExecutionInfo info) {
		try {
			return info.getStatement().getConnection().getAutoCommit();
		} catch (SQLException e) {
			return false;
		}
	}

	private static void commit(List<String> tables) {
		long at = CLOCK.incrementAndGet();
		tables.forEach(table -> LAST_COMMITTED.put(table, at));
		lastCommitNanos = System.nanoTime();
	}

	/**
	 * Wraps the data source of every application a test starts (registered in
	 * {@code META-INF/spring.factories}); the same for every test class, so the
	 * applications are still shared between them.
	 */
	public static final class Factory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new Customizer();
		}
	}

	private static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return bean instanceof DataSource dataSource
							&& !(bean instanceof net.ttddyy.dsproxy.support.ProxyDataSource)
									? recording(dataSource)
									: bean;
				}
			});
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}
	}
}
