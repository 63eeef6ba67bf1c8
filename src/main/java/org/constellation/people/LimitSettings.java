package org.constellation.people;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many attempts each door takes per account (the email named) and per
 * client address, within a period ({@code constellation.limits.*}). A count of
 * 0 means no limit of that kind.
 */
@ConfigurationProperties("constellation.limits")
record LimitSettings(Limit signIn, Limit signUp, Limit tokens, Limit passwordResets) {

	record Limit(int perAccount, int perAddress, Duration period) {
	}

	Limit of(RateLimits.Door door) {
		return switch (door) {
			case SIGN_IN -> signIn;
			case SIGN_UP -> signUp;
			case TOKENS -> tokens;
			case PASSWORD_RESETS -> passwordResets;
		};
	}
}
