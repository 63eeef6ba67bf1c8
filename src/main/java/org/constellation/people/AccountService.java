package org.constellation.people;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Pages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: signing up, the accounts a steward looks after and their roles, and
 * what the security configuration asks when someone signs in. An account and
 * its practitioner profile are created together, so nobody exists half-made.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class AccountService {

	private final Accounts accounts;
	private final Practitioners practitioners;
	private final PasswordEncoder passwordEncoder;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	/**
	 * How many accounts there are, kept for a few seconds for the steward's list:
	 * counting 100,000 accounts takes 16 ms, its page of 50 a tenth of a
	 * millisecond.
	 */
	private final Cache<Boolean, Long> accountCount;

	AccountService(Accounts accounts, Practitioners practitioners, PasswordEncoder passwordEncoder,
			ApplicationEventPublisher events, Clock clock,
			@Value("${constellation.accounts.count-kept-for:PT10S}") Duration countKeptFor) {
		this.accountCount = Caffeine.newBuilder().maximumSize(1).expireAfterWrite(countKeptFor).build();
		this.accounts = accounts;
		this.practitioners = practitioners;
		this.passwordEncoder = passwordEncoder;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public Practitioner signUp(SignUpDraft draft) {
		Practitioner created = createAccount(draft.email(), draft.displayName(),
				passwordEncoder.encode(draft.password()), EnumSet.of(Role.MEMBER),
				Practitioner.zoneOrUtc(draft.timeZone(), "timeZone"));
		events.publishEvent(new PractitionerSignedUp(created.getId(), Account.normalize(draft.email())));
		return created;
	}

	/**
	 * Creates an account with a password already hashed (the demo constellation
	 * hashes its shared password once for all its people).
	 */
	@Transactional
	public Practitioner createAccount(String email, String displayName, String passwordHash, Set<Role> roles,
			ZoneId zone) {
		String normalized = Account.normalize(email);
		if (accounts.existsByEmail(normalized)) {
			throw new ConflictException("email",
					"An account with this email already exists. Sign in, or reset your password.");
		}
		try {
			Account account = accounts.saveAndFlush(new Account(normalized, passwordHash, roles, clock.instant()));
			return practitioners
					.saveAndFlush(new Practitioner(account.getId(), displayName.strip(), zone, clock.instant()));
		} catch (DataIntegrityViolationException raced) {
			throw new ConflictException("email",
					"An account with this email already exists. Sign in, or reset your password.");
		}
	}

	public Account account(long accountId) {
		return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("Account " + accountId));
	}

	public Long accountIdOf(Practitioner practitioner) {
		return practitioner.getAccountId();
	}

	public boolean hasAccounts() {
		return accounts.count() > 0;
	}

	@PreAuthorize("hasRole('STEWARD')")
	public Page<Account> accounts(Pageable pageable) {
		return Pages.counted(accounts.findSliceByOrderByEmailAsc(pageable),
				accountCount.get(true, _ -> accounts.count()));
	}

	@Transactional
	@PreAuthorize("hasRole('STEWARD')")
	public Account changeRoles(AccountPrincipal steward, long accountId, Set<Role> roles) {
		if (roles.isEmpty()) {
			throw new InvalidInputException("roles", "An account needs at least one role");
		}
		if (steward.accountId().equals(accountId) && !roles.contains(Role.STEWARD)) {
			throw new InvalidInputException("roles", "You cannot remove your own steward role; ask another steward");
		}
		Account account = account(accountId);
		account.grant(roles);
		return account;
	}

	// Sign-in (used by the security configuration)

	Optional<AccountPrincipal> principalFor(String email) {
		return accounts.findByEmail(Account.normalize(email)).map(this::principal);
	}

	/** Who an account is once signed in, by password or by token. */
	AccountPrincipal principal(Account account) {
		Long practitionerId = practitioners.idOfAccount(account.getId()).orElse(null);
		return new AccountPrincipal(account.getId(), practitionerId, account.getEmail(), account.getRoles(),
				account.getPasswordHash(), account.isLockedAt(clock.instant()));
	}

	/** Counts a wrong password for this email (nothing when no account has it). */
	@Transactional
	void signInFailed(String email) {
		accounts.countFailedSignIn(Account.normalize(email), Account.FAILURES_BEFORE_LOCK,
				clock.instant().plus(Account.LOCK_DURATION));
	}

	/**
	 * Whether a sign-in whose password was right may go ahead: false while the
	 * account is locked, even when the lock came from guesses counted after this
	 * one's account was read.
	 */
	@Transactional
	boolean signedIn(String email) {
		return accounts.signInIfNotLocked(Account.normalize(email), clock.instant()) == 1;
	}
}
