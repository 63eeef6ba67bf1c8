package org.constellation.people;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * A module's part of the signed-in home page, which answers "what is next for
 * me?": the people module draws the page and asks every bean of this type,
 * knowing none of the modules above it (partnerships, sessions, gatherings,
 * conversations' notices, communities, formation, the constellation). Each
 * contribution must cost a fixed, small number of SQL statements, however much
 * the person or the constellation holds; {@code HomeQueryCountIT} counts them.
 */
@NamedInterface(name = "api", propagate = false)
public interface HomeSection {

	/**
	 * What this module has for the person now.
	 *
	 * @return the items, and whether the person takes part in something of this
	 *         module (a community, a partnership): someone who takes part in
	 *         nothing is new, and is shown where to begin
	 */
	Contribution contribute(HomeViewer viewer);

	/**
	 * Where to begin, for a practitioner who takes part in no community and no
	 * partnership yet; asked only then.
	 */
	default List<HomeItem> forNewcomer(HomeViewer viewer) {
		return List.of();
	}

	/** A module's items, and whether the person takes part in its spaces. */
	@NamedInterface(name = "api", propagate = false)
	record Contribution(List<HomeItem> items, boolean takesPart) {

		public static final Contribution NOTHING = new Contribution(List.of(), false);

		public static Contribution of(List<HomeItem> items) {
			return new Contribution(items, false);
		}
	}
}
