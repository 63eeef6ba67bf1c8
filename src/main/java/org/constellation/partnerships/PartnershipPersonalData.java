package org.constellation.partnerships;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.constellation.shared.Markdown;
import org.constellation.shared.PersonRef;
import org.constellation.shared.PersonalData;
import org.constellation.shared.PersonalRows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's partnerships with their own contributions only: never a partner's
 * words. On deletion they leave each partnership (following the partnership's
 * own rules) and everything they wrote in it is removed (what the parts of
 * other modules keep, through {@link PartnershipContent#forget}); the shared
 * infrastructure document stays, its edits no longer attributed.
 */
@Component
class PartnershipPersonalData implements PersonalData {

	private final JdbcClient jdbc;
	private final PartnershipService partnerships;
	private final List<PartnershipContent> parts;

	PartnershipPersonalData(DataSource dataSource, PartnershipService partnerships, List<PartnershipContent> parts) {
		this.jdbc = JdbcClient.create(dataSource);
		this.partnerships = partnerships;
		this.parts = parts;
	}

	@Override
	public String section() {
		return "partnerships";
	}

	@Override
	public Object exportOf(PersonRef person) {
		if (person.practitionerId() == null) {
			return List.of();
		}
		long me = person.practitionerId();
		List<Map<String, Object>> out = new ArrayList<>();
		for (Map<String, Object> row : PersonalRows.of(jdbc,
				"select p.id as partnership_id, p.focus, p.context, p.state, m.status as my_status, m.message, "
						+ "m.joined_at, m.left_at, m.tenets_affirmed_at, m.trust, m.takeaway, "
						+ "case when p.proposed_by = ? then true else false end as proposed_by_me "
						+ "from partners m join partnerships p on p.id = m.partnership_id where m.practitioner_id = ? "
						+ "order by m.created_at",
				me, me)) {
			Map<String, Object> one = new LinkedHashMap<>(row);
			// the focus and context belong to the partnership, written by its proposer
			if (!Boolean.TRUE.equals(row.get("proposed_by_me"))) {
				one.remove("context");
			}
			long id = ((Number) row.get("partnership_id")).longValue();
			for (PartnershipContent part : parts) {
				one.put(part.part(), part.writtenBy(id, me));
			}
			out.add(one);
		}
		return out;
	}

	@Override
	public void forget(PersonRef person) {
		if (person.practitionerId() == null) {
			return;
		}
		long me = person.practitionerId();
		partnerships.forgetPartner(me);
		forgetInSharedDocument(me, person.name().orElse(null));
		jdbc.sql("delete from opening_answers where practitioner_id = ?").params(me).update();
		// the focus names what the partnership is about; the context is the proposer's
		// own words
		jdbc.sql("update partnerships set context = '' where proposed_by = ?").params(me).update();
		// what they said in sessions, through the parts that keep it (sessions)
		parts.forEach(part -> part.forget(me));
		jdbc.sql("delete from partnership_frames where practitioner_id = ?").params(me).update();
		jdbc.sql(
				"update partners set message = '', takeaway = null, trust = null, trust_at = null, revisit_wish = null "
						+ "where practitioner_id = ?")
				.params(me).update();
		jdbc.sql("update partnership_infrastructure set edited_by = null where edited_by = ?").params(me).update();
		jdbc.sql("update partners set invited_by = null where invited_by = ?").params(me).update();
	}

	/**
	 * The opening copied answers, with names, into the first version of the
	 * infrastructure, and later versions carry them on: in every version of every
	 * partnership the person was in, their answers and their name are taken out
	 * before the answers themselves are deleted.
	 */
	private void forgetInSharedDocument(long me, String name) {
		List<String> answers = jdbc.sql("select body from opening_answers where practitioner_id = ?").param(me)
				.query(String.class).list();
		record Version(long id, String place, String tools, String agreements) {
		}
		List<Version> versions = jdbc
				.sql("select id, place, tools, agreements from partnership_infrastructure where partnership_id in "
						+ "(select partnership_id from partners where practitioner_id = ?)")
				.param(me).query((rs, n) -> new Version(rs.getLong("id"), rs.getString("place"), rs.getString("tools"),
						rs.getString("agreements")))
				.list();
		for (Version v : versions) {
			String agreements = InfrastructureVersion.withoutPerson(v.agreements(), name, answers).strip();
			String place = InfrastructureVersion.withoutPerson(v.place(), name, List.of());
			String tools = InfrastructureVersion.withoutPerson(v.tools(), name, List.of());
			if (!agreements.equals(v.agreements().strip()) || !place.equals(v.place()) || !tools.equals(v.tools())) {
				jdbc.sql("update partnership_infrastructure set place = ?, tools = ?, agreements = ?, "
						+ "agreements_html = ? where id = ?")
						.params(cut(place, InfrastructureVersion.MAX_PLACE),
								cut(tools, InfrastructureVersion.MAX_TOOLS), agreements,
								Markdown.toSafeHtml(agreements), v.id())
						.update();
			}
		}
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}
}
