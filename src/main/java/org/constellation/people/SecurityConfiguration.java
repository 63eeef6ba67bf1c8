package org.constellation.people;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Two doors: pages use a session cookie with CSRF protection; the API is
 * stateless and takes a personal access token (and, only to create a token, the
 * email and password by HTTP Basic).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LimitSettings.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	/**
	 * Spring Security's default set of encoders (a stored hash names its own, so
	 * older ones keep working), with new passwords hashed by BCrypt at
	 * {@code constellation.security.bcrypt-strength}: 10 unless set, each step
	 * doubling the work. The test runs set 4, since they sign up thousands of
	 * accounts and a hash at 10 takes about 70 ms of a core here. A stored hash
	 * keeps the strength it was made with, so changing it never locks anyone out.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${constellation.security.bcrypt-strength:10}") int strength) {
		var defaults = (DelegatingPasswordEncoder) PasswordEncoderFactories.createDelegatingPasswordEncoder();
		var encoder = new DelegatingPasswordEncoder("bcrypt", java.util.Map.of("bcrypt",
				new BCryptPasswordEncoder(strength), "noop", NoOpPasswordEncoder.getInstance()));
		// a hash made by any other of the defaults is still read by them
		encoder.setDefaultPasswordEncoderForMatches(defaults);
		return encoder;
	}

	/**
	 * Only creating a token takes the email and password; everything else takes a
	 * token.
	 */
	@Bean
	RateLimits rateLimits(LimitSettings settings, DataSource dataSource) {
		return new RateLimits(settings, dataSource);
	}

	@Bean
	@Order(0)
	SecurityFilterChain tokenCreation(HttpSecurity http, AccessTokenService tokens, RateLimits limits)
			throws Exception {
		statelessApi(http.securityMatcher(PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/v1/tokens")),
				tokens, limits).authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
				.httpBasic(basic -> basic.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED)));
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, AccessTokenService tokens, RateLimits limits) throws Exception {
		statelessApi(http.securityMatcher("/api/**"), tokens, limits).authorizeHttpRequests(
				auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/password-resets",
						"/api/v1/password-resets/*").permitAll().anyRequest().authenticated());
		return http.build();
	}

	private static HttpSecurity statelessApi(HttpSecurity http, AccessTokenService tokens, RateLimits limits)
			throws Exception {
		return http.addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
				// after the token has signed the request in (its account is then known), before
				// the password is checked
				.addFilterAfter(new RateLimitFilter(limits), BearerTokenFilter.class)
				// stateless still renames a session the request happens to carry once a token
				// signs it in (protection against fixation, meant for signing in); a client
				// that holds the page's cookie too then loses its session whenever the answer
				// with the new name does not reach it
				.sessionManagement(
						s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS).sessionFixation(f -> f.none()))
				// no cookie ever authenticates an API call, so there is nothing for CSRF to
				// protect
				.csrf(csrf -> csrf.disable()).exceptionHandling(e -> e
						.authenticationEntryPoint(problem(HttpStatus.UNAUTHORIZED)).accessDeniedHandler(denied()));
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, RateLimits limits) throws Exception {
		// after the CSRF check (a forged form takes nothing from anyone's bucket),
		// before the password is checked
		http.addFilterBefore(new RateLimitFilter(limits), UsernamePasswordAuthenticationFilter.class);
		http.authorizeHttpRequests(auth -> auth
				.requestMatchers("/", "/sign-in", "/sign-up", "/password-reset", "/password-reset/**", "/help",
						"/assets/**", "/webjars/**", "/favicon.ico", "/error", "/v3/api-docs", "/v3/api-docs/**",
						"/swagger-ui.html", "/swagger-ui/**", "/notifications/unsubscribe/*")
				.permitAll()
				// a personal calendar feed: calendar apps cannot sign in, the secret in the
				// link is
				// the credential (checked by the gatherings module)
				.requestMatchers(HttpMethod.GET, "/calendar/*.ics").permitAll()
				// the forms of stewards' work; what they change is guarded again by the
				// services
				.requestMatchers("/steward/**", "/portfolio/issues/new", "/portfolio/issues/*/edit",
						"/portfolio/places/*/edit")
				.hasRole(Role.STEWARD.name()).anyRequest().authenticated())
				.formLogin(form -> form.loginPage("/sign-in").defaultSuccessUrl("/", false).permitAll()
						.failureHandler((request, response, ex) -> {
							// keep what was typed: the email comes back in the form, never in the URL
							request.getSession().setAttribute("LAST_SIGN_IN_EMAIL", request.getParameter("username"));
							// only whether the account is locked: the exception may carry what was typed
							request.getSession().setAttribute("SIGN_IN_LOCKED", ex instanceof LockedException);
							response.sendRedirect(request.getContextPath() + "/sign-in?error");
						}))
				.logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/sign-in?signedOut"))
				.sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
				.headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)))
				.csrf(Customizer.withDefaults());
		return http.build();
	}

	private static AuthenticationEntryPoint problem(HttpStatus status) {
		return (request, response, ex) -> writeProblem(response, status, "Sign in with a personal access token "
				+ "(Authorization: Bearer …) or, to create one, with your email and password.");
	}

	private static AccessDeniedHandler denied() {
		return (request, response, ex) -> writeProblem(response, HttpStatus.FORBIDDEN, "You may not do this.");
	}

	private static void writeProblem(HttpServletResponse response, HttpStatus status, String detail)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
				+ "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
	}

	/**
	 * Checks the email and password for the form and for token creation alike, and
	 * keeps the lockout: a wrong password is counted before the answer leaves, and
	 * a right one goes through only if the account is not locked when its success
	 * is written (see {@link Accounts#signInIfNotLocked}). Both are single
	 * statements on the account's row, so 40 guesses at once all count and none
	 * clashes with another.
	 */
	@Bean
	DaoAuthenticationProvider signIn(PasswordEncoder passwordEncoder, AccountService accountService) {
		UserDetailsService accounts = email -> accountService.principalFor(email)
				.orElseThrow(() -> new UsernameNotFoundException("unknown"));
		var provider = new DaoAuthenticationProvider(accounts) {
			@Override
			protected void additionalAuthenticationChecks(UserDetails user,
					UsernamePasswordAuthenticationToken authentication) {
				try {
					super.additionalAuthenticationChecks(user, authentication);
				} catch (BadCredentialsException wrong) {
					accountService.signInFailed(user.getUsername());
					throw wrong;
				}
			}
		};
		provider.setPasswordEncoder(passwordEncoder);
		provider.setPostAuthenticationChecks(user -> {
			if (!accountService.signedIn(user.getUsername())) {
				throw new LockedException("locked");
			}
		});
		return provider;
	}

	/**
	 * Reads "Authorization: Bearer cst_…" and signs the request in as the token's
	 * account.
	 */
	static class BearerTokenFilter extends OncePerRequestFilter {

		private final AccessTokenService tokens;

		BearerTokenFilter(AccessTokenService tokens) {
			this.tokens = tokens;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
				var principal = tokens.authenticateToken(header.substring(7).strip());
				if (principal.isEmpty()) {
					writeProblem(response, HttpStatus.UNAUTHORIZED, "This token is not valid or was revoked.");
					return;
				}
				var context = SecurityContextHolder.createEmptyContext();
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal.get(), null,
						principal.get().getAuthorities()));
				SecurityContextHolder.setContext(context);
			}
			chain.doFilter(request, response);
		}
	}
}
