package org.constellation.people;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.portfolio.Place;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.ConflictException;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Ref;
import org.constellation.shared.Secrets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people module's API: accounts, profiles, the directory, reporting lines,
 * "do not match me with" wishes and tokens. Who may do what is decided here,
 * once, for pages and endpoints alike.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class People {

	static final Duration RESET_LINK_LIFETIME = Duration.ofHours(2);

	/** How many people one practitioner may ask not to be matched with. */
	public static final int DO_NOT_MATCH_LIMIT = 50;

	/**
	 * Ids per IN list of the pair queries, well inside the number of parameters
	 * PostgreSQL's driver and H2 accept in one statement.
	 */
	static final int IDS_PER_QUERY = 1_000;

	private final Accounts accounts;
	private final Practitioners practitioners;
	private final ReportingLines reportingLines;
	private final DoNotMatches doNotMatches;
	private final AccessTokens tokens;
	private final PasswordResetTokens resetTokens;
	private final PasswordEncoder passwordEncoder;
	private final Portfolio portfolio;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final String baseUrl;
	private final List<SharedPartnerships> sharedPartnerships;

	People(Accounts accounts, Practitioners practitioners, ReportingLines reportingLines, DoNotMatches doNotMatches,
			AccessTokens tokens, PasswordResetTokens resetTokens, PasswordEncoder passwordEncoder, Portfolio portfolio,
			ApplicationEventPublisher events, Clock clock, @Value("${constellation.base-url}") String baseUrl,
			List<SharedPartnerships> sharedPartnerships) {
		this.sharedPartnerships = sharedPartnerships;
		this.accounts = accounts;
		this.practitioners = practitioners;
		this.reportingLines = reportingLines;
		this.doNotMatches = doNotMatches;
		this.tokens = tokens;
		this.resetTokens = resetTokens;
		this.passwordEncoder = passwordEncoder;
		this.portfolio = portfolio;
		this.events = events;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	// Accounts

	@Transactional
	public Practitioner signUp(SignUpDraft draft) {
		Practitioner created = createAccount(draft.email(), draft.displayName(),
				passwordEncoder.encode(draft.password()), EnumSet.of(Role.MEMBER),
				zoneOr(draft.timeZone(), "timeZone"));
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

	/**
	 * How many practitioners the directory lists (sponsors alone are not
	 * practitioners).
	 */
	public long directorySize() {
		return practitioners.count(matching(DirectoryQuery.everyone()));
	}

	public boolean hasAccounts() {
		return accounts.count() > 0;
	}

	@PreAuthorize("hasRole('STEWARD')")
	public Page<Account> accounts(Pageable pageable) {
		return accounts.findAllByOrderByEmailAsc(pageable);
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

	private AccountPrincipal principal(Account account) {
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

	// Password reset

	/** Always answers the same way, so nobody learns which emails have accounts. */
	@Transactional
	public void requestPasswordReset(String email) {
		accounts.findByEmail(Account.normalize(email)).ifPresent(account -> {
			String secret = Secrets.newSecret("");
			Instant now = clock.instant();
			resetTokens.save(
					new PasswordResetToken(account.getId(), Secrets.hash(secret), now, now.plus(RESET_LINK_LIFETIME)));
			String name = practitioners.findByAccountId(account.getId()).map(Practitioner::getDisplayName).orElse("");
			events.publishEvent(new PasswordResetRequested(account.getEmail(), name,
					baseUrl + "/password-reset/" + secret, now.plus(RESET_LINK_LIFETIME)));
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
		Account account = account(token.getAccountId());
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
		Account account = account(me.accountId());
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
		String name = practitioners.findByAccountId(account.getId()).map(Practitioner::getDisplayName).orElse("");
		events.publishEvent(new PasswordChanged(account.getId(), account.getEmail(), name, reset, now, keptSessionId));
	}

	// Access tokens

	@Transactional
	public NewAccessToken createToken(AccountPrincipal owner, String name) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("name", "Give the token a name of up to 100 characters");
		}
		String secret = Secrets.newSecret("cst_");
		AccessToken token = tokens
				.save(new AccessToken(owner.accountId(), name.strip(), Secrets.hash(secret), clock.instant()));
		return new NewAccessToken(token.getId(), token.getName(), secret, token.getCreatedAt());
	}

	public List<AccessToken> tokens(AccountPrincipal owner) {
		return tokens.findByAccountIdOrderByCreatedAtDesc(owner.accountId());
	}

	@Transactional
	public void revokeToken(AccountPrincipal owner, long tokenId) {
		AccessToken token = tokens.findById(tokenId).filter(t -> t.getAccountId().equals(owner.accountId()))
				.orElseThrow(() -> new NotFoundException("Token " + tokenId));
		token.revoke(clock.instant());
	}

	/** The account behind an API token, if the token exists and is not revoked. */
	@Transactional
	Optional<AccountPrincipal> authenticateToken(String secret) {
		if (!secret.startsWith("cst_") || secret.length() > 100) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(Secrets.hash(secret)).filter(AccessToken::isActive).flatMap(token -> {
			token.used(clock.instant());
			return accounts.findById(token.getAccountId()).map(this::principal).map(AccountPrincipal::withoutPassword);
		});
	}

	// Profiles and the directory

	public Practitioner practitioner(long id) {
		return practitioners.findById(id).orElseThrow(() -> new NotFoundException("Practitioner " + id));
	}

	/** A practitioner's profile, as one signed-in person may see it. */
	public Practitioner practitioner(AccountPrincipal viewer, long id) {
		if (!viewer.seesPeople() && !id(viewer).equals(id)) {
			throw new ForbiddenException("Sponsors see aggregate views, not individual profiles");
		}
		Practitioner p = practitioner(id);
		if (account(p.getAccountId()).isDeleted()) {
			throw new PersonLeftException(id);
		}
		return p;
	}

	public Practitioner myProfile(AccountPrincipal viewer) {
		return practitioner(id(viewer));
	}

	/**
	 * The practitioners among these ids: people who take part. A sponsor-only
	 * account (or a deleted one) is left out, so every pick list and every way into
	 * a partnership or a formation run that goes through here refuses it. One query
	 * per {@value #IDS_PER_QUERY} ids.
	 */
	public Map<Long, Practitioner> practitionersById(Collection<Long> ids) {
		List<Long> all = ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
		Map<Long, Practitioner> found = new java.util.HashMap<>();
		for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
			practitioners.withRoleAmong(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)), Role.MEMBER)
					.forEach(p -> found.put(p.getId(), p));
		}
		return found;
	}

	/**
	 * Whether this profile belongs to someone who takes part as a practitioner:
	 * their account holds the member role now (read from the database, so a role a
	 * steward just changed counts at once).
	 */
	public boolean isPractitioner(Long practitionerId) {
		return practitionerId != null && practitioners.hasRole(practitionerId, Role.MEMBER);
	}

	/**
	 * The signed-in person's practitioner id, or 403 for an account that does not
	 * take part as a practitioner (a sponsor alone): the one check behind
	 * proposing, accepting, asking to join, answering inside a partnership and
	 * following a community or a conversation.
	 */
	public long requirePractitioner(AccountPrincipal viewer) {
		if (viewer == null || !isPractitioner(viewer.practitionerId())) {
			throw new ForbiddenException(
					"Only practitioners take part: a sponsor's account sees aggregate views and does not join partnerships or conversations");
		}
		return viewer.practitionerId();
	}

	/** Names to show, without loading whole profiles. */
	public Map<Long, String> displayNames(Collection<Long> ids) {
		Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			practitioners.names(ids).forEach(r -> names.put(r.id(), r.name()));
		}
		return names;
	}

	/**
	 * Names to show beside what people wrote: someone who deleted their account is
	 * left out (no entry), to be shown as "a former member" with no link.
	 */
	public Map<Long, String> authorNames(Collection<Long> ids) {
		Map<Long, String> names = new java.util.HashMap<>();
		if (!ids.isEmpty()) {
			practitioners.namesOfCurrentMembers(ids).forEach(r -> names.put(r.id(), r.name()));
		}
		return names;
	}

	/** Where to write to each practitioner, for the notifications module. */
	public Map<Long, String> emails(Collection<Long> practitionerIds) {
		Map<Long, String> emails = new java.util.HashMap<>();
		if (!practitionerIds.isEmpty()) {
			practitioners.emails(practitionerIds).forEach(r -> emails.put(r.id(), r.name()));
		}
		return emails;
	}

	/**
	 * The zone a practitioner reads times in; UTC for someone without a profile.
	 */
	public String timeZoneOf(Long practitionerId) {
		return practitionerId == null ? "UTC" : practitioners.timeZoneOf(practitionerId).orElse("UTC");
	}

	/**
	 * Each practitioner's own time zone, for the notifications module to time mail
	 * to their morning and write dates in their zone.
	 */
	public Map<Long, ZoneId> timeZones(Collection<Long> practitionerIds) {
		Map<Long, ZoneId> zones = new java.util.HashMap<>();
		practitioners.findAllById(practitionerIds).forEach(p -> zones.put(p.getId(),
				p.getTimeZone() == null || p.getTimeZone().isBlank() ? ZoneOffset.UTC : ZoneId.of(p.getTimeZone())));
		return zones;
	}

	/** An email address as accounts keep it: trimmed, in lower case. */
	public static String normalizedEmail(String email) {
		return Account.normalize(email);
	}

	public Optional<Long> practitionerIdByEmail(String email) {
		return email == null ? Optional.empty() : practitioners.idOfEmail(Account.normalize(email));
	}

	@Transactional
	public Practitioner updateProfile(AccountPrincipal viewer, ProfileDraft draft) {
		Practitioner practitioner = practitioner(id(viewer));
		if (draft.version() != null && draft.version() != practitioner.getVersion()) {
			throw new ObjectOptimisticLockingFailureException(Practitioner.class, practitioner.getId());
		}
		zoneOr(draft.timeZone(), "timeZone");
		if (draft.homePlaceId() != null && portfolio.findPlace(draft.homePlaceId()).isEmpty()) {
			throw new InvalidInputException("homePlaceId", "Choose a place from the list");
		}
		if (!portfolio.allStakeholderGroupsExist(draft.stakeholderGroupIds())) {
			throw new InvalidInputException("stakeholderGroupIds", "Choose stakeholder groups from the list");
		}
		if (!portfolio.allIssuesExist(draft.concernIds())) {
			throw new InvalidInputException("concernIds", "Choose issues from the portfolio");
		}
		for (int i = 0; i < draft.availability().size(); i++) {
			if (!draft.availability().get(i).isComplete()) {
				throw new InvalidInputException("availability[" + i + "]",
						"Each window needs a day, a start and an end after the start");
			}
		}
		practitioner.change(draft, clock.instant());
		return practitioner;
	}

	public Page<Practitioner> directory(AccountPrincipal viewer, DirectoryQuery query, Pageable pageable) {
		if (!viewer.seesPeople()) {
			throw new ForbiddenException("Sponsors see aggregate views, not the directory");
		}
		return practitioners.findAll(matching(query), pageable);
	}

	private Specification<Practitioner> matching(DirectoryQuery query) {
		return (root, cq, cb) -> {
			var where = new java.util.ArrayList<Predicate>();
			// the directory lists practitioners taking part; a sponsor-only account is not
			// one
			Subquery<Long> members = cq.subquery(Long.class);
			var account = members.from(Account.class);
			members.select(account.get("id")).where(cb.isMember(Role.MEMBER, account.get("roles")));
			where.add(root.get("accountId").in(members));
			if (query.q() != null && !query.q().isBlank()) {
				String like = "%"
						+ query.q().strip().toLowerCase(java.util.Locale.ROOT).replace("%", "\\%").replace("_", "\\_")
						+ "%";
				where.add(cb.or(cb.like(cb.lower(root.get("displayName")), like, '\\'),
						cb.like(cb.lower(root.get("expertise")), like, '\\'),
						cb.like(cb.lower(root.get("practiceContext")), like, '\\')));
			}
			if (query.group() != null) {
				where.add(cb.isMember(query.group(), root.get("stakeholderGroupIds")));
			}
			if (query.issue() != null) {
				where.add(cb.isMember(query.issue(), root.get("concernIds")));
			}
			if (query.open() != null) {
				where.add(cb.equal(root.get("openToPartnership"), query.open()));
			}
			if (query.level() != null) {
				Subquery<Long> atLevel = cq.subquery(Long.class);
				var place = atLevel.from(Place.class);
				atLevel.select(place.get("id")).where(cb.equal(place.get("level").get("id"), query.level()));
				where.add(root.get("homePlaceId").in(atLevel));
			}
			if (query.place() != null) {
				where.add(root.get("homePlaceId").in(portfolio.placeWithin(query.place())));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** The stakeholder groups these practitioners belong to, together. */
	public Set<Long> stakeholderGroupsAmong(Collection<Long> practitionerIds) {
		return practitionerIds.isEmpty() ? Set.of() : Set.copyOf(practitioners.stakeholderGroupsAmong(practitionerIds));
	}

	/** The levels of scale of these practitioners' home places, together. */
	public Set<Long> homeLevelsAmong(Collection<Long> practitionerIds) {
		return practitionerIds.isEmpty() ? Set.of() : Set.copyOf(practitioners.homeLevelsAmong(practitionerIds));
	}

	/**
	 * Each practitioner's level of scale (their home place's), for those who gave a
	 * home place: one query per 1,000 ids.
	 */
	public Map<Long, Long> homeLevelsOf(Collection<Long> practitionerIds) {
		List<Long> all = practitionerIds.stream().distinct().toList();
		Map<Long, Long> levels = new java.util.HashMap<>();
		for (int from = 0; from < all.size(); from += 1000) {
			for (Object[] row : practitioners.homeLevelsOf(all.subList(from, Math.min(all.size(), from + 1000)))) {
				levels.put((Long) row[0], (Long) row[1]);
			}
		}
		return levels;
	}

	/**
	 * Who could fill the gaps at a table, ranked: most groups and levels brought
	 * first, then most concerns shared, then by name. The filtering and the ranking
	 * happen in the database, so a page costs two queries whatever the number of
	 * practitioners.
	 */
	public Page<TableCandidate> tableCandidates(AccountPrincipal viewer, TableCandidateQuery query, Pageable pageable) {
		if (!viewer.seesPeople()) {
			throw new ForbiddenException("Sponsors see aggregate views, not individual practitioners");
		}
		if (query.asksForNobody()) {
			return Page.empty(pageable);
		}
		return practitioners.tableCandidates(query.concernIds(), query.groupIds(), query.levelIds(),
				query.excludedIds(), Role.MEMBER, pageable);
	}

	/**
	 * Summaries in the given order, with names looked up in three queries whatever
	 * the page size.
	 */
	public List<PractitionerSummary> summaries(List<Practitioner> page) {
		var groupNames = portfolio.stakeholderGroupNames(
				page.stream().flatMap(p -> p.getStakeholderGroupIds().stream()).collect(Collectors.toSet()));
		var issueNames = portfolio
				.issueNames(page.stream().flatMap(p -> p.getConcernIds().stream()).collect(Collectors.toSet()));
		var places = portfolio.placesById(page.stream().map(Practitioner::getHomePlaceId)
				.filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
		return page.stream().map(p -> {
			Place home = p.getHomePlaceId() == null ? null : places.get(p.getHomePlaceId());
			return new PractitionerSummary(p.getId(), p.getDisplayName(), refs(p.getStakeholderGroupIds(), groupNames),
					home == null ? null : new Ref(home.getId(), home.getName()),
					home == null ? null : home.getLevel().getName(), refs(p.getConcernIds(), issueNames),
					p.getAffiliations(), p.getLanguages(), p.getTimeZone(), p.getExpertise(), p.isOpenToPartnership(),
					p.getPartnershipCapacity());
		}).toList();
	}

	private static List<Ref> refs(Collection<Long> ids, Map<Long, String> names) {
		return ids.stream().filter(names::containsKey).map(id -> new Ref(id, names.get(id)))
				.sorted(java.util.Comparator.comparing(Ref::name)).toList();
	}

	// Reporting lines

	public List<ReportingLine> reportingLines(AccountPrincipal viewer) {
		return reportingLines.involving(id(viewer));
	}

	/**
	 * Whether anyone in this group supervises anyone else in it, by a confirmed
	 * line. It answers yes or no and never says who, so a partnership can refuse a
	 * group without exposing a line to people who may not see it.
	 */
	public boolean anyConfirmedReportingLineAmong(Collection<Long> practitionerIds) {
		return !confirmedReportingLinesAmong(practitionerIds).isEmpty();
	}

	/**
	 * Every pair {@code [smaller id, larger id]} of these practitioners with a
	 * confirmed reporting line between them, for partnership formation. It never
	 * says who supervises whom.
	 */
	public Set<List<Long>> confirmedReportingLinesAmong(Collection<Long> practitionerIds) {
		return pairsAmong(practitionerIds, reportingLines::confirmedWithSupervisorAmong);
	}

	@Transactional
	public ReportingLine declareReportingLine(AccountPrincipal viewer, long otherPractitionerId,
			ReportingRelation relation) {
		Long me = id(viewer);
		if (!practitioners.existsById(otherPractitionerId)) {
			throw new InvalidInputException("otherPractitionerId", "Choose a practitioner from the directory");
		}
		if (reportingLines.between(me, otherPractitionerId).isPresent()) {
			throw new ConflictException("otherPractitionerId", "A reporting line between you two is already on record");
		}
		ReportingLine line = relation == ReportingRelation.I_SUPERVISE
				? new ReportingLine(me, otherPractitionerId, me, clock.instant())
				: new ReportingLine(otherPractitionerId, me, me, clock.instant());
		try {
			return reportingLines.saveAndFlush(line);
		} catch (DataIntegrityViolationException raced) {
			throw new ConflictException("otherPractitionerId", "A reporting line between you two is already on record");
		}
	}

	/**
	 * The other person named in a line confirms or disputes it. A line is not
	 * confirmed while the two are partners together: partnerships are of peers, so
	 * the one confirming (who knows the line, being part of it) is told where and
	 * what to do, and nobody else learns anything. Both people's rows are locked
	 * first, as a partnership locks the row of whoever takes a seat, so a line and
	 * a seat decided at the same instant are decided one after the other.
	 */
	@Transactional
	public ReportingLine answerReportingLine(AccountPrincipal viewer, long lineId, boolean confirm) {
		ReportingLine line = visibleLine(viewer, lineId);
		if (confirm) {
			lockForPeerCheck(List.of(line.getSupervisorId(), line.getSuperviseeId()));
			List<String> together = sharedPartnerships.stream()
					.flatMap(s -> s.sharedBy(line.getSupervisorId(), line.getSuperviseeId()).stream()).toList();
			if (!together.isEmpty()) {
				throw new ConflictException("confirm", "You two are partners in \u201c"
						+ String.join("\u201d, \u201c", together)
						+ "\u201d, and a partnership is of peers. Confirm this line once one of you has stepped out of "
						+ "it or it has closed; until then it stays as declared.");
			}
		}
		line.decide(id(viewer), confirm, clock.instant());
		return line;
	}

	/**
	 * Locks these practitioners' rows, in id order, until the transaction ends: a
	 * partnership seating someone and a reporting line confirmed for them are then
	 * decided one after the other, whichever node serves each.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void lockForPeerCheck(Collection<Long> practitionerIds) {
		practitionerIds.stream().distinct().sorted().forEach(practitioners::lockById);
	}

	/**
	 * Who among {@code others} shares a confirmed reporting line with this person.
	 * Only for telling the two people a line is about, never a third.
	 */
	public Set<Long> confirmedLinePartners(long practitionerId, Collection<Long> others) {
		Set<Long> group = new java.util.HashSet<>(others);
		group.add(practitionerId);
		return confirmedReportingLinesAmong(group).stream().filter(pair -> pair.contains(practitionerId))
				.map(pair -> pair.get(0) == practitionerId ? pair.get(1) : pair.get(0))
				.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * Either side can take a line off the record: a supervision that ended is no
	 * longer a bar.
	 */
	@Transactional
	public void removeReportingLine(AccountPrincipal viewer, long lineId) {
		reportingLines.delete(visibleLine(viewer, lineId));
	}

	// "Do not match me with" wishes: each is its owner's alone. No method here
	// takes another person's id to read a list, and nothing tells the other person.

	/** The people the owner asked not to be matched with, newest first. */
	public List<DoNotMatchWish> doNotMatchWishes(AccountPrincipal owner) {
		List<DoNotMatch> wishes = doNotMatches.findByPractitionerIdOrderByCreatedAtDesc(id(owner));
		Map<Long, String> names = displayNames(wishes.stream().map(DoNotMatch::getOtherId).toList());
		return wishes.stream().map(w -> new DoNotMatchWish(w.getOtherId(), names.get(w.getOtherId()), w.getCreatedAt()))
				.toList();
	}

	/**
	 * Puts someone on the owner's list. Asking twice is a conflict, so that a
	 * person is told their list already holds them rather than wondering.
	 */
	@Transactional
	public DoNotMatchWish addDoNotMatch(AccountPrincipal owner, long practitionerId) {
		Long me = id(owner);
		if (!practitioners.existsById(practitionerId)) {
			throw new InvalidInputException("practitionerId", "Choose a practitioner who uses Constellation");
		}
		DoNotMatch wish = new DoNotMatch(me, practitionerId, clock.instant());
		// one addition at a time per owner, so two at once cannot pass the limit
		practitioners.lockById(me);
		if (doNotMatches.existsById(new DoNotMatch.Key(me, practitionerId))) {
			throw new ConflictException("practitionerId", "This person is already on your list");
		}
		if (doNotMatches.countByPractitionerId(me) >= DO_NOT_MATCH_LIMIT) {
			throw new InvalidInputException("practitionerId",
					"Your list holds at most " + DO_NOT_MATCH_LIMIT + " people: remove someone first");
		}
		doNotMatches.save(wish);
		return new DoNotMatchWish(practitionerId, displayNames(List.of(practitionerId)).get(practitionerId),
				wish.getCreatedAt());
	}

	@Transactional
	public void removeDoNotMatch(AccountPrincipal owner, long practitionerId) {
		doNotMatches.delete(doNotMatches.findById(new DoNotMatch.Key(id(owner), practitionerId))
				.orElseThrow(() -> new NotFoundException("Practitioner " + practitionerId + " on your list")));
	}

	/**
	 * Every pair {@code [smaller id, larger id]} of these practitioners where one
	 * asked not to be matched with the other, for partnership formation. It never
	 * says which of the two asked.
	 */
	public Set<List<Long>> keptApartAmong(Collection<Long> practitionerIds) {
		return pairsAmong(practitionerIds, doNotMatches::madeByAnyOf);
	}

	/**
	 * The pairs inside a group, from a query that finds pairs whose first side is
	 * among some ids: one query per {@value #IDS_PER_QUERY} ids, the second side
	 * kept to the group here.
	 */
	private static Set<List<Long>> pairsAmong(Collection<Long> practitionerIds,
			Function<Collection<Long>, List<PractitionerPair>> firstSideAmong) {
		List<Long> ids = practitionerIds.stream().distinct().toList();
		if (ids.size() < 2) {
			return Set.of();
		}
		Set<Long> group = Set.copyOf(ids);
		Set<List<Long>> pairs = new java.util.HashSet<>();
		for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
			firstSideAmong.apply(ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY))).stream()
					.filter(p -> group.contains(p.b())).map(PractitionerPair::unordered).forEach(pairs::add);
		}
		return Set.copyOf(pairs);
	}

	private ReportingLine visibleLine(AccountPrincipal viewer, long lineId) {
		// a line is visible to the two people it names, and to nobody else
		return reportingLines.findById(lineId).filter(l -> l.involves(id(viewer)))
				.orElseThrow(() -> new NotFoundException("Reporting line " + lineId));
	}

	private static Long id(AccountPrincipal viewer) {
		if (viewer.practitionerId() == null) {
			throw new NotFoundException("Your practitioner profile");
		}
		return viewer.practitionerId();
	}

	private static ZoneId zoneOr(String zone, String field) {
		if (zone == null || zone.isBlank()) {
			return ZoneOffset.UTC;
		}
		try {
			return ZoneId.of(zone);
		} catch (java.time.DateTimeException e) {
			throw new InvalidInputException(field, "Choose a time zone from the list, such as America/Chicago");
		}
	}
}
