package org.constellation.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileFormTests {

	@Test
	void languagesAreSplitOnCommasAndLineBreaksAndAffiliationsOnLineBreaks() {
		var form = new ProfileForm("Tala", Set.of(), "Parent Center\r\nState Council\n", null, "", "", Set.of(),
				"English, Spanish\nNavajo,", "America/Denver", List.of(), List.of(), List.of(), false, 0, null);

		var draft = form.toDraft();

		assertThat(draft.languages()).containsExactly("English", "Spanish", "Navajo");
		assertThat(draft.affiliations()).containsExactly("Parent Center", "State Council");
	}
}
