package org.constellation.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

	/** What deleting accounts again did to each number given. */
	public record DeletedAgain(List<Long> deleted, List<Long> alreadyDeleted, List<Long> unknown) {
	}

	/**
	 * The numbers of every account deleted in this database, smallest first: what
	 * to delete again in a copy restored from an older backup.
	 */
	@PreAuthorize("hasRole('STEWARD')")
	public List<Long> deletedAccountIds() {
		return jdbc.sql("select id from accounts where deleted_at is not null order by id").query(Long.class).list();
	}

	/**
	 * After a restore from a backup older than the database it replaced: deletes
	 * again, each as its owner did, the accounts deleted in that database since the
	 * backup was taken (its {@link #deletedAccountIds()}), so that a restore never
	 * brings back someone who left. Numbers already deleted here, or that this
	 * database never had, are only reported. All of them or none.
	 */
	@PreAuthorize("hasRole('STEWARD')")
	@Transactional
	public DeletedAgain deleteAgain(Collection<Long> accountIds) {
		if (accountIds == null || accountIds.isEmpty()) {
			throw new InvalidInputException("accountIds",
					"Give the numbers of the accounts deleted since the backup was taken.");
		}
		if (accountIds.contains(null)) {
			throw new InvalidInputException("accountIds", "Each account number is a whole number, such as 1042.");
		}
		if (accountIds.size() > MOST_DELETED_AGAIN_AT_ONCE) {
			throw new InvalidInputException("accountIds",
					"At most " + MOST_DELETED_AGAIN_AT_ONCE + " accounts at a time: send the rest in another request.");
		}
		List<Long> deleted = new ArrayList<>(), alreadyDeleted = new ArrayList<>(), unknown = new ArrayList<>();
		for (long id : new TreeSet<>(accountIds)) {
			Account account = accounts.findById(id).orElse(null);
			if (account == null) {
				unknown.add(id);
			} else if (account.isDeleted()) {
				alreadyDeleted.add(id);
			} else {
				forget(new PersonRef(id, practitioners.idOfAccount(id).orElse(null), account.getEmail()));
				deleted.add(id);
			}
		}
		return new DeletedAgain(deleted, alreadyDeleted, unknown);
	}

	/**
	 * Whether an account was deleted (or no longer exists): a session signed in to
	 * it stops at once.
	 */
	public boolean isGone(long accountId) {
		return jdbc.sql("select count(*) from accounts where id = ? and deleted_at is null").param(accountId)
				.query(Long.class).single() == 0;
	}

	private static PersonRef person(AccountPrincipal me) {
		return new PersonRef(me.accountId(), me.practitionerId(), me.email());
	}
}
