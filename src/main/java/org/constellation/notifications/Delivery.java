package org.constellation.notifications;

import org.springframework.modulith.NamedInterface;

/**
 * How a person hears of a topic: by mail at once, in one mail a day, or only in
 * the app.
 */
@NamedInterface(name = "api", propagate = false)
public enum Delivery {
	/** Mailed as soon as it happens. */
	IMMEDIATELY,
	/** Gathered into one digest mail a day, sent in the person's morning. */
	DAILY,
	/** Kept in the in-app inbox only; no mail. */
	OFF
}
