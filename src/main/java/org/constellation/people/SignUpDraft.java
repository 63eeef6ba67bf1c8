package org.constellation.people;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person gives to open an account. */
public record SignUpDraft(
		@NotBlank(message = "{signup.email.required}") @Email(message = "{signup.email.invalid}") @Size(max = 254, message = "{field.tooLong}") String email,
		@NotBlank(message = "{profile.displayName.required}") @Size(max = 120, message = "{field.tooLong}") String displayName,
		@NotBlank(message = "{signup.password.required}") @Size(min = 10, max = 200, message = "{signup.password.length}") String password,
		String timeZone) {

	@Override
	public String toString() {
		return "SignUpDraft[" + email + "]";
	}
}
