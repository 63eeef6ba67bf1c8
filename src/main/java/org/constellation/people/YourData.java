package org.constellation.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.PersonRef;
import org.constellation.shared.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
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

	private final List<PersonalData> parts;
	private final Accounts accounts;
	private final PasswordEncoder passwordEncoder;
	private final JdbcClient jdbc;
	private final Clock clock;

	/** Spring gives the parts in their {@code @Order}: the people module's last. */
	YourData(List<PersonalData> parts, Accounts accounts, PasswordEncoder passwordEncoder, DataSource dataSource,
			Clock clock) {
		this.parts = parts;
		this.accounts = accounts;
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
		PersonRef person = person(me);
		accounts.flush();
		for (PersonalData part : parts) {
			part.forget(person);
		}
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
