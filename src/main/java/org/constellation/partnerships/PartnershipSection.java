package org.constellation.partnerships;

import java.util.Map;
import org.constellation.people.AccountPrincipal;
import org.springframework.modulith.NamedInterface;

/**
 * A part of a partnership's home page that another module draws (the next
 * session and the rhythm, entries shared from journals), so this module need
 * not know it. Called only for a current partner; each section must cost a
 * fixed number of queries.
 */
@NamedInterface(name = "api", propagate = false)
public interface PartnershipSection {

	/** Where the section sits on the page; smaller comes first. */
	int order();

	/** The Thymeleaf fragment that draws it, as "template :: fragment". */
	String fragment();

	/** The model the fragment reads, under the name "section". */
	Object model(long partnershipId, PartnerStanding standing, AccountPrincipal viewer);

	default Map<String, Object> asModel(long partnershipId, PartnerStanding standing, AccountPrincipal viewer) {
		String[] parts = fragment().split("::");
		return Map.of("template", parts[0].strip(), "selector", parts[1].strip(), "section",
				model(partnershipId, standing, viewer));
	}
}
