package org.constellation.shared;

import java.util.function.Supplier;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.data.jpa.repository.query.DeclaredQuery;
import org.springframework.data.jpa.repository.query.QueryEnhancer;
import org.springframework.data.jpa.repository.query.QueryEnhancerFactory;
import org.springframework.data.jpa.repository.query.QueryEnhancerSelector;
import org.springframework.data.jpa.repository.query.QueryProvider;
import org.springframework.util.function.SingletonSupplier;

/**
 * The repositories of every module, with each declared query parsed by Spring
 * Data only when it is first needed.
 * <p>
 * Spring Data parses every {@code @Query} with its HQL grammar (ANTLR) as the
 * application starts, so that it can add sorting or derive a count query for
 * paging. Few queries ever need that, and the parse took a third of the start
 * (250 of 760 CPU samples of a start on PostgreSQL). The same parser still does
 * the work, for the queries that need it, on their first call. Hibernate checks
 * every query at start as before, so a query that does not parse still fails
 * the start.
 */
@Configuration(proxyBeanMethods = false)
@EnableJpaRepositories(basePackages = "org.constellation", queryEnhancerSelector = RepositoriesConfiguration.ParsedWhenNeeded.class)
public class RepositoriesConfiguration {

	/** Spring Data's own choice of parser, deferred to the first use. */
	public static class ParsedWhenNeeded implements QueryEnhancerSelector {

		@Override
		public QueryEnhancerFactory select(DeclaredQuery query) {
			QueryEnhancerFactory chosen = QueryEnhancerSelector.DEFAULT_SELECTOR.select(query);
			return new QueryEnhancerFactory() {

				@Override
				public boolean supports(DeclaredQuery declared) {
					return chosen.supports(declared);
				}

				@Override
				public QueryEnhancer create(QueryProvider provider) {
					return new Deferred(provider, SingletonSupplier.of(() -> chosen.create(provider)));
				}
			};
		}
	}

	/** A query enhancer that parses on the first question asked of it. */
	private record Deferred(QueryProvider query, Supplier<QueryEnhancer> parsed) implements QueryEnhancer {

		@Override
		public boolean isSelectQuery() {
			return parsed.get().isSelectQuery();
		}

		@Override
		public boolean hasConstructorExpression() {
			return parsed.get().hasConstructorExpression();
		}

		@Override
		public String detectAlias() {
			return parsed.get().detectAlias();
		}

		@Override
		public String getProjection() {
			return parsed.get().getProjection();
		}

		@Override
		public QueryProvider getQuery() {
			return query;
		}

		@Override
		public String rewrite(QueryRewriteInformation rewriteInformation) {
			return parsed.get().rewrite(rewriteInformation);
		}

		@Override
		public String createCountQueryFor(String countProjection) {
			return parsed.get().createCountQueryFor(countProjection);
		}
	}
}
