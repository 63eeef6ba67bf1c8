package org.constellation.people;

import java.time.Instant;
import java.util.Comparator;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.modulith.NamedInterface;

/**
 * One thing on a person's home page: what it says (a message key and its
 * arguments), when it happens if it is an event, and the one place to act on
 * it. Modules above people make these for the home page through
 * {@link HomeSection}; the page draws them all the same way.
 *
 * @param kind
 *            where on the page it goes
 * @param urgency
 *            the order inside its kind; smaller comes first
 * @param title
 *            what it is, in a sentence
 * @param detail
 *            a second line, or null
 * @param when
 *            the moment it happens, written out in the reader's zone; or null
 * @param figure
 *            a headline figure shown large above the title, or null
 * @param link
 *            the page where the person acts on it
 * @param action
 *            the words of that one link
 */
@NamedInterface(name = "api", propagate = false)
public record HomeItem(Kind kind, int urgency, Text title, Text detail, Instant when, String figure, String link,
		Text action) {

	/** The parts of the home page, in the order they are shown. */
	@NamedInterface(name = "api", propagate = false)
	public enum Kind {
		/** Waiting for this person's answer or step now. */
		NOW,
		/** What a steward looks after across the constellation. */
		ATTENTION,
		/** Coming up: sessions and gatherings. */
		NEXT,
		/** A gentle word, such as a partnership that drifts. */
		NOTE,
		/** The communities one is in, or has asked to join. */
		MINE,
		/** For someone new: communities that share their concerns. */
		START,
		/** The constellation's headline figures. */
		FIGURE
	}

	/**
	 * A message key with its arguments; an argument may itself be a message
	 * (Spring's {@code MessageSourceResolvable}).
	 */
	@NamedInterface(name = "api", propagate = false)
	public record Text(String key, Object... args) {
	}

	/** The order of the page: by kind, then urgency, then time. */
	public static final Comparator<HomeItem> ORDER = Comparator.comparing(HomeItem::kind)
			.thenComparingInt(HomeItem::urgency)
			.thenComparing(HomeItem::when, Comparator.nullsLast(Comparator.naturalOrder()));

	public static HomeItem of(Kind kind, int urgency, Text title, String link, Text action) {
		return new HomeItem(kind, urgency, title, null, null, null, link, action);
	}

	public HomeItem withDetail(Text detail) {
		return new HomeItem(kind, urgency, title, detail, when, figure, link, action);
	}

	public HomeItem at(Instant when) {
		return new HomeItem(kind, urgency, title, detail, when, figure, link, action);
	}

	public HomeItem withFigure(String figure) {
		return new HomeItem(kind, urgency, title, detail, when, figure, link, action);
	}

	public static Text text(String key, Object... args) {
		return new Text(key, args);
	}

	/** A message to put inside another as an argument, resolved with it. */
	public static MessageSourceResolvable message(String key, Object... args) {
		return new DefaultMessageSourceResolvable(new String[]{key}, args);
	}
}
