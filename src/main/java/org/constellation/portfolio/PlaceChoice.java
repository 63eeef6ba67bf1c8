package org.constellation.portfolio;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.validation.Errors;

/**
 * A place chosen by typing its name, as a picker or a filter shows it: the
 * place chosen, or the places the name could mean, or none at all. A national
 * constellation has tens of thousands of places: they are found by name, never
 * listed whole.
 *
 * @param chosenId
 *            the place chosen; null when none is, or when the name does not
 *            name one place
 * @param text
 *            what the field shows: the chosen place's label, or what was typed
 * @param candidates
 *            the places the typed name could mean, when it names more than one
 * @param unknown
 *            true when a name was typed and no place is called that
 */
@NamedInterface(name = "api", propagate = false)
public record PlaceChoice(Long chosenId, String text, List<PlaceMatch> candidates, boolean unknown) {

	public static final PlaceChoice NONE = new PlaceChoice(null, "", List.of(), false);

	static PlaceChoice of(PlaceMatch place) {
		return new PlaceChoice(place.id(), place.label(), List.of(), false);
	}

	/** A name was typed that names more than one place: the person chooses one. */
	public boolean ambiguous() {
		return chosenId == null && !candidates.isEmpty();
	}

	/** What was typed does not lead to one place. */
	public boolean unresolved() {
		return unknown || ambiguous();
	}

	/** The message that says why, with {@link #text()} as its argument. */
	public String problemKey() {
		return unknown ? "placePicker.unknown" : "placePicker.which";
	}

	/**
	 * This choice, after telling a form's {@code field} why it is refused when what
	 * was typed does not lead to one place.
	 */
	public PlaceChoice refusedInto(Errors errors, String field) {
		if (unresolved()) {
			errors.rejectValue(field, problemKey(), new Object[]{text}, null);
		}
		return this;
	}
}
