package org.constellation.shared;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.modulith.NamedInterface;

/**
 * Web addresses people give (repertoire, practice work, gatherings, a
 * partnership's meeting link). Only http and https pass: a javascript: or data:
 * address shown as a link would run in the reader's browser.
 */
@NamedInterface(name = "api", propagate = false)
public final class WebAddresses {

	public static final int MAX_LENGTH = 2000;

	private WebAddresses() {
	}

	/** The address stripped, or null when none was given. */
	public static String check(String field, String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		String address = url.strip();
		if (address.length() > MAX_LENGTH) {
			throw new InvalidInputException(field, "A web address can have at most " + MAX_LENGTH + " characters");
		}
		try {
			URI uri = new URI(address);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return address;
			}
		} catch (URISyntaxException e) {
			// falls through to the message below
		}
		throw new InvalidInputException(field, "Enter a web address that starts with http:// or https://");
	}
}
