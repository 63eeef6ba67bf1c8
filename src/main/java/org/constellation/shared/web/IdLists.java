package org.constellation.shared.web;

import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A list or set read from JSON may not hold {@code null}: {@code "issueIds":
 * [null]} reached the services as a null id and failed there with a 500 (a null
 * in a query, a null key in a set of ids). One rule for every body, read while
 * the JSON is parsed, so the answer is a 400 naming the entry
 * ({@code issueIds[0]}, see {@link ApiProblems}) before anything is stored. A
 * field that is itself null (no list at all) is still each request's own
 * business.
 */
@Configuration(proxyBeanMethods = false)
class IdLists {

	@Bean
	JsonMapperBuilderCustomizer noNullsInsideLists() {
		return builder -> builder.changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL));
	}
}
