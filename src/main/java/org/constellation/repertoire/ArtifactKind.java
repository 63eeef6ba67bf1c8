package org.constellation.repertoire;

import org.springframework.modulith.NamedInterface;

/** What a piece of the shared repertoire is. */
@NamedInterface(name = "api", propagate = false)
public enum ArtifactKind {
	/** Something to use in practice: a protocol, a template, a checklist. */
	TOOL,
	/** A case from practice, including what did not work. */
	CASE,
	/** A text the community keeps: a guide, a report, minutes. */
	DOCUMENT,
	/** A pointer to something elsewhere; it must have a web address. */
	LINK
}
