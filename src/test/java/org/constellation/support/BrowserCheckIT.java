package org.constellation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The page check every browser test relies on finds what axe-core finds, and
 * checks a page again when its markup changes, not only its words.
 */
class BrowserCheckIT {

	private static final String FINE = "<!DOCTYPE html><html lang=en><head><title>Fine</title></head>"
			+ "<body><main><h1>Fine %s</h1><p>Words %s</p></main></body></html>";

	@Test
	void failsOnAPageWithAnImageWithoutText() {
		try (Browser browser = new Browser(0)) {
			browser.driver().get(dataUrl("<!DOCTYPE html><html lang=en><head><title>Pictures</title></head>"
					+ "<body><main><h1>Pictures</h1><img src='x.png'></main></body></html>"));
			assertThatThrownBy(() -> browser.checkPage("check-image-without-text")).isInstanceOf(AssertionError.class)
					.hasMessageContaining("image-alt");
		}
	}

	@Test
	void checksAPageAgainWhenOnlyItsMarkupChanged() {
		try (Browser browser = new Browser(0)) {
			browser.driver().get(dataUrl(FINE.formatted("one", "first")));
			browser.checkPage("check-fine");
			// the same markup with other words is not checked again; a button without a
			// name
			// is new markup, and axe sees it
			browser.driver().get(dataUrl(FINE.formatted("two", "second")));
			browser.checkPage("check-fine-again");
			browser.driver().get(dataUrl(FINE.formatted("three", "<button></button>")));
			assertThatThrownBy(() -> browser.checkPage("check-button-without-name")).isInstanceOf(AssertionError.class)
					.hasMessageContaining("button-name");
			assertThat(browser.driver().getTitle()).isEqualTo("Fine");
		}
	}

	private static String dataUrl(String html) {
		return "data:text/html;charset=utf-8," + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20");
	}
}
