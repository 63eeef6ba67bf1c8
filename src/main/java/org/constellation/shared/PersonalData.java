package org.constellation.shared;

import org.springframework.modulith.NamedInterface;

/**
 * What one module keeps about a person, for "download my data" and "delete my
 * account". Each module implements it for its own tables only, so that the
 * people module can collect every part without reaching into any other module.
 * {@link #forget} runs inside the one transaction of the account's deletion: it
 * deletes what is the person's alone and leaves, anonymised, what others built
 * on (see docs/guide/your-data.md).
 */
@NamedInterface(name = "api", propagate = false)
public interface PersonalData {

	/** The name of this part in the download, e.g. "journey". */
	String section();

	/** What this person wrote and what the module keeps about them. */
	Object exportOf(PersonRef person);

	/** Removes or anonymises what this module keeps about the person. */
	void forget(PersonRef person);
}
