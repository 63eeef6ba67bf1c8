package org.constellation.people;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.PersonRef;
import org.constellation.shared.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own data: everything they wrote and everything kept about them,
 * collected from every module's {@link PersonalData}, to download; and the
 * deletion of their account, in one transaction across all modules (nothing is
 * ever half-deleted). What happens to each kind of thing is in
 * docs/guide/your-data.md.
 */
@Service
@Transactional(readOnly = true)
public class YourData {

	/**
	 * How many accounts one request may delete again: the deletions of a restore,
	 * sent in parts if there are more.
	 */
	public static final int MOST_DELETED_AGAIN_AT_ONCE = 10_000;

	private final List<PersonalData> parts;
	private final Accounts accounts;
	private final Practitioners practitioners;
	private final PasswordEncoder passwordEncoder;
	private final JdbcClient jdbc;
	private final Clock clock;

	/** Spring gives the parts in their {@code @Order}: the people module's last. */
	YourData(List<PersonalData> parts, Accounts accounts, Practitioners practitioners, PasswordEncoder passwordEncoder,
			DataSource dataSource, Clock clock) {
		this.parts = parts;
		this.accounts = accounts;
		this.practitioners = practitioners;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = JdbcClient.create(dataSource);
		this.clock = clock;
	}

	/** Everything about the signed-in person, section by section. */
	public Map<String, Object> export(AccountPrincipal me) {
		PersonRef person = person(me);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("exportedAt", clock.instant().toString());
		out.put("about", "Everything you wrote in Constellation and everything it keeps about you. "
				+ "Partners' words and other members' posts are not included: they are theirs.");
		for (PersonalData part : parts) {
			out.put(part.section(), part.exportOf(person));
		}
		return out;
	}

	/**
	 * The name of the downloaded file: constellation-<email's local
	 * part>-<date>.json.
	 */
	public String fileName(AccountPrincipal me) {
		String local = me.email().substring(0, Math.max(0, me.email().indexOf('@'))).replaceAll("[^A-Za-z0-9._-]", "_");
		return "constellation-" + local + "-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".json";
	}

	/**
	 * Deletes the signed-in person's account once they confirm with their password.
	 * A wrong password changes nothing.
	 */
	@Transactional
	public void deleteAccount(AccountPrincipal me, String password) {
		Account account = accounts.findById(me.accountId()).filter(a -> !a.isDeleted())
				.orElseThrow(() -> new InvalidInputException("password", "This account no longer exists."));
		if (password == null || password.isEmpty() || !passwordEncoder.matches(password, account.getPasswordHash())) {
			throw new InvalidInputException("password",
					"That is not your password. Nothing was deleted: type the password you sign in with.");
		}
		forget(person(me));
	}

	private void forget(PersonRef person) {
		accounts.flush();
		for (PersonalData part : parts) {
			part.forget(person);
		}
	}

	/** An account deleted in this database: its number and when it was deleted. */
	public record DeletedAccount(Long id, Instant deletedAt) {
	}

	/**
	 * What deleting accounts again did to each number given: deleted, already
	 * deleted here, unknown here, or taken by an account made here after the
	 * deletion (someone else, left alone).
	 */
	public record DeletedAgain(List<Long> deleted, List<Long> alreadyDeleted, List<Long> unknown,
			List<Long> madeAfterTheDeletion) {
	}

	/**
	 * Every account deleted in this database, smallest number first: what to delete
	 * again in a copy restored from an older backup.
	 */
	@PreAuthorize("hasRole('STEWARD')")
	public List<DeletedAccount> deletedAccounts() {
		return jdbc.sql("select id, deleted_at from accounts where deleted_at is not null order by id")
				.query((rs, n) -> new DeletedAccount(rs.getLong(1), rs.getTimestamp(2).toInstant())).list();
	}

	@PreAuthorize("hasRole('STEWARD')")
	public long deletedAccountCount() {
		return jdbc.sql("select count(*) from accounts where deleted_at is not null").query(Long.class).single();
	}

	/**
	 * After a restore from a backup older than the database it replaced: deletes
	 * again, each as its owner did, the accounts deleted in that database since the
	 * backup was taken (its {@link #deletedAccounts()}), so that a restore never
	 * brings back someone who left. A number is only taken for the same account
	 * when this account was made before that deletion: one made on the restored
	 * copy may have been given a number the replaced database had given someone
	 * else, and is left alone. Numbers already deleted here, or that this database
	 * never had, are only reported. All of them or none.
	 */
	@PreAuthorize("hasRole('STEWARD')")
	@Transactional
	public DeletedAgain deleteAgain(Collection<DeletedAccount> deletions) {
		if (deletions == null || deletions.isEmpty()) {
			throw new InvalidInputException("accounts",
					"Give the accounts deleted since the backup was taken, each with its number and when it was deleted.");
		}
		if (deletions.stream().anyMatch(d -> d == null || d.id() == null || d.deletedAt() == null)) {
			throw new InvalidInputException("accounts",
					"Each account needs its number (id) and when it was deleted (deletedAt).");
		}
		if (deletions.size() > MOST_DELETED_AGAIN_AT_ONCE) {
			throw new InvalidInputException("accounts",
					"At most " + MOST_DELETED_AGAIN_AT_ONCE + " accounts at a time: send the rest in another request.");
		}
		Map<Long, Instant> deletedAt = new TreeMap<>();
		deletions.forEach(d -> deletedAt.merge(d.id(), d.deletedAt(), (a, b) -> a.isBefore(b) ? a : b));
		List<Long> deleted = new ArrayList<>(), alreadyDeleted = new ArrayList<>(), unknown = new ArrayList<>(),
				madeAfter = new ArrayList<>();
		deletedAt.forEach((id, at) -> {
			Account account = accounts.findById(id).orElse(null);
			if (account == null) {
				unknown.add(id);
			} else if (account.isDeleted()) {
				alreadyDeleted.add(id);
			} else if (account.getCreatedAt().isAfter(at)) {
				madeAfter.add(id);
			} else {
				Long practitionerId = practitioners.idOfAccount(id).orElse(null);
				forget(new PersonRef(id, practitionerId, account.getEmail(), nameOf(practitionerId)));
				deleted.add(id);
			}
		});
		return new DeletedAgain(deleted, alreadyDeleted, unknown, madeAfter);
	}

	/**
	 * Whether an account was deleted (or no longer exists): a session signed in to
	 * it stops at once.
	 */
	public boolean isGone(long accountId) {
		return jdbc.sql("select count(*) from accounts where id = ? and deleted_at is null").param(accountId)
				.query(Long.class).single() == 0;
	}

	private PersonRef person(AccountPrincipal me) {
		return new PersonRef(me.accountId(), me.practitionerId(), me.email(), nameOf(me.practitionerId()));
	}

	private String nameOf(Long practitionerId) {
		return practitionerId == null
				? null
				: practitioners.findById(practitionerId).map(Practitioner::getDisplayName).orElse(null);
	}
}
