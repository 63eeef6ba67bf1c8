package org.constellation.support;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route the application answers, read from its own handler mappings, so
 * that a test built on this list covers a new endpoint the day it is added.
 */
public final class Routes {

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");
	private static final Set<String> CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

	private Routes() {
	}

	/**
	 * One method on one path pattern, e.g.
	 * {@code POST /api/v1/communities/{id}/threads}.
	 */
	public record Route(String method, String pattern) {

		public boolean isApi() {
			return pattern.startsWith("/api/");
		}

		public boolean changesState() {
			return CHANGING.contains(method);
		}

		/** The names of the path variables, in order. */
		public List<String> variables() {
			List<String> names = new ArrayList<>();
			Matcher m = VARIABLE.matcher(pattern);
			while (m.find()) {
				names.add(m.group(1));
			}
			return names;
		}

		/**
		 * The path with each variable replaced by the value given for its name (or the
		 * fallback).
		 */
		public String fill(Map<String, ?> values, Object fallback) {
			Matcher m = VARIABLE.matcher(pattern);
			StringBuilder path = new StringBuilder();
			while (m.find()) {
				Object value = values.containsKey(m.group(1)) ? values.get(m.group(1)) : fallback;
				m.appendReplacement(path, Matcher.quoteReplacement(String.valueOf(value)));
			}
			m.appendTail(path);
			return path.toString();
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	/**
	 * All routes, one per method and pattern, sorted. A mapping without a method
	 * condition answers every method: it is listed as GET (what a reader would do)
	 * and POST (what a form would do).
	 */
	public static List<Route> all(RequestMappingHandlerMapping mappings) {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			List<String> names = methods.isEmpty()
					? List.of("GET", "POST")
					: methods.stream().map(RequestMethod::name).toList();
			for (String pattern : info.getPatternValues()) {
				for (String method : names) {
					routes.add(new Route(method, pattern));
				}
			}
		}
		return routes.stream().distinct().sorted(Comparator.comparing(Route::pattern).thenComparing(Route::method))
				.toList();
	}
}
