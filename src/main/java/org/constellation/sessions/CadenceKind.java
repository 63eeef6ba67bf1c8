package org.constellation.sessions;

import org.springframework.modulith.NamedInterface;

/** How often a partnership meets. */
@NamedInterface(name = "api", propagate = false)
public enum CadenceKind {
	/** Every week on the same weekday. */
	WEEKLY,
	/** Every other week on the same weekday. */
	FORTNIGHTLY,
	/** The same weekday of each month, such as the second Tuesday. */
	MONTHLY,
	/** Every so many days. */
	CUSTOM
}
