package org.constellation.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTests {

	@Test
	void rendersFormattingListsAndLinks() {
		String html = Markdown
				.toSafeHtml("**Bold** and *soft*\n\n- one\n- two\n\n[A guide](https://example.org/guide)");
		assertThat(html).contains("<strong>Bold</strong>", "<em>soft</em>", "<li>one</li>",
				"<a href=\"https://example.org/guide\" rel=\"nofollow\">A guide</a>");
	}

	@Test
	void neverLetsScriptsThrough() {
		String html = Markdown.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(2)>\n\n"
				+ "[click](javascript:alert(3)) <a href=\"javascript:alert(4)\">x</a> <iframe src=\"https://evil\"></iframe>");
		// what was typed stays visible as text, but no markup that could run survives
		assertThat(html).contains("&lt;script&gt;").doesNotContain("<script", "<iframe", "<img", "href=\"javascript");
	}

	@Test
	void blankTextRendersAsNothing() {
		assertThat(Markdown.toSafeHtml(null)).isEmpty();
		assertThat(Markdown.toSafeHtml("   ")).isEmpty();
	}
}
