package org.constellation.communities;

import java.util.Map;
import org.constellation.people.AccountPrincipal;
import org.springframework.modulith.NamedInterface;

/**
 * A part of a community's home page that another module draws (recent threads,
 * upcoming gatherings), so the communities module need not know those modules.
 * Called only for a viewer who may read the community; each section must cost a
 * fixed number of queries.
 */
@NamedInterface(name = "api", propagate = false)
public interface CommunitySection {

	/** Where the section sits on the page; smaller comes first. */
	int order();

	/** The Thymeleaf fragment that draws it, as "template :: fragment". */
	String fragment();

	/** The model the fragment reads, under the name "section". */
	Object model(long communityId, Standing standing, AccountPrincipal viewer);

	default Map<String, Object> asModel(long communityId, Standing standing, AccountPrincipal viewer) {
		String[] parts = fragment().split("::");
		return Map.of("template", parts[0].strip(), "selector", parts[1].strip(), "section",
				model(communityId, standing, viewer));
	}
}
