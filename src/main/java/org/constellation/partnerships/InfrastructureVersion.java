package org.constellation.partnerships;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.constellation.shared.ConflictException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Markdown;
import org.constellation.shared.WebAddresses;

/**
 * One version of a partnership's infrastructure: where and how the partners
 * meet, the tools they use, and their agreements. Any partner edits; each edit
 * is a new version saying who and when, and the number an edit started from
 * must still be the latest, so nobody's edit is lost to another's.
 */
@Entity
@Table(name = "partnership_infrastructure")
public class InfrastructureVersion {

	public static final int MAX_PLACE = 500;
	public static final int MAX_TOOLS = 1000;
	public static final int MAX_AGREEMENTS = 8000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long partnershipId;

	private int number;

	private String place = "";

	private String link = "";

	private String tools = "";

	private String agreements = "";

	private String agreementsHtml = "";

	private Long editedBy;

	private boolean fromOpening;

	private Instant createdAt;

	protected InfrastructureVersion() {
	}

	private InfrastructureVersion(long partnershipId, int number, String place, String link, String tools,
			String agreements, Long editedBy, boolean fromOpening, Instant now) {
		this.partnershipId = partnershipId;
		this.number = number;
		this.place = place;
		this.link = link;
		this.tools = tools;
		this.agreements = agreements;
		this.agreementsHtml = Markdown.toSafeHtml(agreements);
		this.editedBy = editedBy;
		this.fromOpening = fromOpening;
		this.createdAt = now;
	}

	/**
	 * The edit after {@code latest} (null when there is none yet), made from the
	 * version numbered {@code basedOn} (0 for none).
	 */
	static InfrastructureVersion edit(long partnershipId, InfrastructureVersion latest, int basedOn,
			InfrastructureDraft draft, long editedBy, Instant now) {
		int current = latest == null ? 0 : latest.number;
		if (basedOn != current) {
			throw new ConflictException(null, "Another partner saved a change meanwhile (version " + current
					+ "). Your edit is kept below: check it against the newer version, then save again.");
		}
		String place = text("place", draft.place(), MAX_PLACE, "A place");
		String link = WebAddresses.check("link", draft.link());
		String tools = text("tools", draft.tools(), MAX_TOOLS, "The tools");
		String agreements = text("agreements", draft.agreements(), MAX_AGREEMENTS, "Our agreements");
		return new InfrastructureVersion(partnershipId, current + 1, place, link == null ? "" : link, tools, agreements,
				editedBy, false, now);
	}

	/**
	 * The first version, written when a partnership becomes active from what its
	 * partners agreed in the opening. Null when something was written already.
	 */
	static InfrastructureVersion fromOpening(long partnershipId, InfrastructureVersion latest, String agreements,
			Instant now) {
		if (latest != null) {
			return null;
		}
		String text = agreements.strip();
		if (text.length() > MAX_AGREEMENTS) {
			text = text.substring(0, MAX_AGREEMENTS - 1) + "…";
		}
		return new InfrastructureVersion(partnershipId, 1, "", "", "", text, null, true, now);
	}

	/**
	 * What this version's editor wrote themselves, against the version before it
	 * (null for the first): each field they changed, and of the agreements only the
	 * lines they added. The rest of the document is the other partners' words,
	 * which stay with the partnership.
	 */
	OwnWords ownWordsSince(InfrastructureVersion previous) {
		java.util.Set<String> before = previous == null
				? java.util.Set.of()
				: java.util.Set.copyOf(previous.agreements.lines().map(String::strip).toList());
		List<String> added = agreements.lines().map(String::strip).filter(l -> !l.isEmpty() && !before.contains(l))
				.toList();
		return new OwnWords(number, changed(previous == null ? "" : previous.place, place),
				changed(previous == null ? "" : previous.link, link),
				changed(previous == null ? "" : previous.tools, tools), added, createdAt);
	}

	/** What a partner who deleted their account is called in the document. */
	static final String FORMER_PARTNER = "A former partner";

	/**
	 * The text without a partner who deleted their account: the lines the opening
	 * copied from their answers ("- Name: answer") go, any other copy of an answer
	 * goes, and their name anywhere else becomes {@value #FORMER_PARTNER}.
	 */
	static String withoutPerson(String text, String name, List<String> answers) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		List<String> said = answers.stream().map(a -> a.replace("\n", " ").strip()).filter(a -> !a.isEmpty()).toList();
		String out = text;
		if (name != null && !name.isBlank()) {
			for (String answer : said) {
				out = out.replace("- " + name + ": " + answer + "\n", "").replace("- " + name + ": " + answer, "");
			}
		}
		for (String answer : said) {
			out = out.replace(answer, "");
		}
		if (name != null && !name.isBlank()) {
			out = out.replace(name, FORMER_PARTNER);
		}
		return out;
	}

	private static String changed(String before, String after) {
		return before.equals(after) ? null : after;
	}

	/**
	 * One editor's own words in a version: a field is null when they left it as it
	 * was.
	 */
	record OwnWords(int number, String place, String link, String tools, List<String> agreementsAdded,
			Instant savedAt) {
	}

	private static String text(String field, String value, int max, String what) {
		String text = value == null ? "" : value.strip();
		if (text.length() > max) {
			throw new InvalidInputException(field, what + " can have at most " + max + " characters");
		}
		return text;
	}

	public Long getId() {
		return id;
	}

	public Long getPartnershipId() {
		return partnershipId;
	}

	public int getNumber() {
		return number;
	}

	public String getPlace() {
		return place;
	}

	public String getLink() {
		return link;
	}

	public String getTools() {
		return tools;
	}

	public String getAgreements() {
		return agreements;
	}

	public String getAgreementsHtml() {
		return agreementsHtml;
	}

	public Long getEditedBy() {
		return editedBy;
	}

	public boolean isFromOpening() {
		return fromOpening;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}
}
