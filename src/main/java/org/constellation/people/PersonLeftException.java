package org.constellation.people;

import org.constellation.shared.NotFoundException;

/**
 * The profile asked for belonged to someone who deleted their account. The API
 * answers 404 as for anyone unknown; a page that followed a link left on a
 * gathering or a piece of practice work says that the person left.
 */
public class PersonLeftException extends NotFoundException {

	public PersonLeftException(long practitionerId) {
		super("Practitioner " + practitionerId);
	}
}
