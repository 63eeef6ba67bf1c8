package org.constellation.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Passwords: a reset by a one-time link sent by mail, and a change by the
 * owner. Either way the person is signed out everywhere else and their access
 * tokens stop working, so a password that leaked stops opening anything.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class PasswordService {

	static final Duration RESET_LINK_LIFETIME = Duration.ofHours(2);

	private final AccountService accountService;
	private final Accounts accounts;
	private final Practitioners practitioners;
	private final AccessTokens tokens;
	private final PasswordResetTokens resetTokens;
	private final PasswordEncoder passwordEncoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String baseUrl;

	PasswordService(AccountService accountService, Accounts accounts, Practitioners practitioners, AccessTokens tokens,
			PasswordResetTokens resetTokens, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
			Clock clock, @Value("${constellation.base-url}") String baseUrl) {
		this.accountService = accountService;
		this.accounts = accounts;
		this.practitioners = practitioners;
		this.tokens = tokens;
		this.resetTokens = resetTokens;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/** Always answers the same way, so nobody learns which emails have accounts. */
	@Transactional
	public void requestPasswordReset(String email) {
		accounts.findByEmail(Account.normalize(email)).ifPresent(account -> {
			String secret = Secrets.newSecret("");
			Instant now = clock.instant();
			resetTokens.save(
					new PasswordResetToken(account.getId(), Secrets.hash(secret), now, now.plus(RESET_LINK_LIFETIME)));
			var who = practitioners.findByAccountId(account.getId());
			events.publishEvent(
					new PasswordResetRequested(account.getEmail(), who.map(Practitioner::getDisplayName).orElse(""),
							baseUrl + "/password-reset/" + secret, now.plus(RESET_LINK_LIFETIME), zoneOf(who)));
		});
	}

	public boolean isResetLinkUsable(String secret) {
		return resetTokens.findByTokenHash(Secrets.hash(secret)).filter(t -> t.usableAt(clock.instant())).isPresent();
	}

	@Transactional
	public void resetPassword(String secret, String newPassword) {
		if (newPassword == null || newPassword.length() < 10 || newPassword.length() > 200) {
			throw new InvalidInputException("password", "Choose a password of at least 10 characters");
		}
		PasswordResetToken token = resetTokens.findByTokenHash(Secrets.hash(secret))
				.filter(t -> t.usableAt(clock.instant())).orElseThrow(() -> new InvalidInputException("token",
						"This link has expired or was already used. Ask for a new one."));
		token.use(clock.instant());
		Account account = accountService.account(token.getAccountId());
		account.changePassword(passwordEncoder.encode(newPassword));
		signOutEverywhere(account, true, null);
	}

	/**
	 * The owner chooses a new password, confirming the current one. Every other
	 * session of the account ends and all its access tokens are revoked; the
	 * session it was changed from ({@code keptSessionId}, null from the API) stays.
	 */
	@Transactional
	public void changePassword(AccountPrincipal me, String currentPassword, String newPassword, String keptSessionId) {
		Account account = accountService.account(me.accountId());
		if (currentPassword == null || currentPassword.isEmpty()
				|| !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			throw new InvalidInputException("currentPassword", "This is not your current password");
		}
		if (newPassword == null || newPassword.length() < 10 || newPassword.length() > 200) {
			throw new InvalidInputException("newPassword", "Choose a password of at least 10 characters");
		}
		account.changePassword(passwordEncoder.encode(newPassword));
		signOutEverywhere(account, false, keptSessionId);
	}

	/**
	 * Revokes every token of the account and ends its sessions but the kept one
	 * (the listener in {@link AccountSessions} runs inside this transaction), then
	 * has the person told by mail once the change is committed.
	 */
	private void signOutEverywhere(Account account, boolean reset, String keptSessionId) {
		Instant now = clock.instant();
		tokens.findByAccountIdOrderByCreatedAtDesc(account.getId()).forEach(t -> t.revoke(now));
		var who = practitioners.findByAccountId(account.getId());
		events.publishEvent(new PasswordChanged(account.getId(), account.getEmail(),
				who.map(Practitioner::getDisplayName).orElse(""), reset, now, zoneOf(who), keptSessionId));
	}

	private static ZoneId zoneOf(Optional<Practitioner> who) {
		return who.map(Practitioner::getTimeZone).filter(z -> !z.isBlank()).<ZoneId>map(ZoneId::of)
				.orElse(ZoneOffset.UTC);
	}
}
