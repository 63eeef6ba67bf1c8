package org.constellation.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.constellation.shared.PersonRef;
import org.constellation.shared.PersonalData;
import org.constellation.shared.PersonalRows;
import org.constellation.shared.Secrets;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The account, the profile, "do not match me with" wishes, reporting lines and
 * access tokens (names and dates only, never a secret or its hash). Forgotten
 * last, after every other module: the account becomes a tombstone without
 * email, roles or profile.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class PeoplePersonalData implements PersonalData {

	/** The name kept on a deleted person's profile row wherever a name is shown. */
	static final String FORMER_MEMBER = "A former member";

	private final JdbcClient jdbc;
	private final PasswordEncoder passwordEncoder;
	private final Clock clock;

	PeoplePersonalData(DataSource dataSource, PasswordEncoder passwordEncoder, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.passwordEncoder = passwordEncoder;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "people";
	}

	@Override
	public Object exportOf(PersonRef person) {
		Long me = person.practitionerId();
		Map<String, Object> out = new LinkedHashMap<>();
		Map<String, Object> account = new LinkedHashMap<>(PersonalRows
				.of(jdbc, "select email, created_at from accounts where id = ?", person.accountId()).getFirst());
		account.put("roles", jdbc.sql("select role from account_roles where account_id = ? order by role")
				.param(person.accountId()).query(String.class).list());
		out.put("account", account);
		if (me != null) {
			out.put("profile", PersonalRows.of(jdbc,
					"select p.display_name, p.practice_context, p.expertise, pl.name as home_place, p.time_zone, "
							+ "p.open_to_partnership, p.partnership_capacity, p.created_at, p.updated_at "
							+ "from practitioners p left join places pl on pl.id = p.home_place_id where p.id = ?",
					me).getFirst());
			out.put("stakeholderGroups", jdbc.sql("select g.name from practitioner_stakeholder_groups s "
					+ "join stakeholder_groups g on g.id = s.stakeholder_group_id where s.practitioner_id = ? order by g.name")
					.param(me).query(String.class).list());
			out.put("concerns",
					jdbc.sql("select i.name from practitioner_concerns c join issues i on i.id = c.issue_id "
							+ "where c.practitioner_id = ? order by i.name").param(me).query(String.class).list());
			out.put("affiliations",
					jdbc.sql("select name from practitioner_affiliations where practitioner_id = ? order by position")
							.param(me).query(String.class).list());
			out.put("languages",
					jdbc.sql("select language from practitioner_languages where practitioner_id = ? order by position")
							.param(me).query(String.class).list());
			out.put("availability", PersonalRows.of(jdbc, "select day_of_week, starts_at, ends_at "
					+ "from availability_windows where practitioner_id = ? order by position", me));
			out.put("doNotMatch", jdbc.sql("select p.display_name from do_not_match d "
					+ "join practitioners p on p.id = d.other_id where d.practitioner_id = ? order by p.display_name")
					.param(me).query(String.class).list());
			out.put("reportingLines", PersonalRows.of(jdbc,
					"select s.display_name as supervisor, e.display_name as supervisee, r.status, r.declared_at, "
							+ "r.decided_at from reporting_lines r join practitioners s on s.id = r.supervisor_id "
							+ "join practitioners e on e.id = r.supervisee_id "
							+ "where r.supervisor_id = ? or r.supervisee_id = ? order by r.declared_at",
					me, me));
		}
		out.put("accessTokens", PersonalRows.of(jdbc, "select name, created_at, last_used_at, revoked_at "
				+ "from access_tokens where account_id = ? order by created_at", person.accountId()));
		return out;
	}

	@Override
	public void forget(PersonRef person) {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		long account = person.accountId();
		jdbc.sql("delete from access_tokens where account_id = ?").params(account).update();
		jdbc.sql("delete from password_reset_tokens where account_id = ?").params(account).update();
		Long me = person.practitionerId();
		if (me != null) {
			jdbc.sql("delete from do_not_match where practitioner_id = ? or other_id = ?").params(me, me).update();
			jdbc.sql("delete from reporting_lines where supervisor_id = ? or supervisee_id = ? or declared_by_id = ?")
					.params(me, me, me).update();
			for (String table : new String[]{"practitioner_stakeholder_groups", "practitioner_concerns",
					"practitioner_affiliations", "practitioner_languages", "availability_windows"}) {
				jdbc.sql("delete from " + table + " where practitioner_id = ?").params(me).update();
			}
			jdbc.sql("update practitioners set display_name = ?, practice_context = '', expertise = '', "
					+ "home_place_id = null, open_to_partnership = false, partnership_capacity = 0, updated_at = ?, "
					+ "version = version + 1 where id = ?").params(FORMER_MEMBER, now, me).update();
		}
		jdbc.sql("delete from account_roles where account_id = ?").params(account).update();
		// nobody knows this password, and a deleted account is refused before it is
		// checked
		jdbc.sql("update accounts set email = ?, password_hash = ?, failed_sign_ins = 0, locked_until = null, "
				+ "deleted_at = ?, version = version + 1 where id = ?")
				.params("former-" + account + "@deleted.invalid", passwordEncoder.encode(Secrets.newSecret("x_")), now,
						account)
				.update();
	}
}
