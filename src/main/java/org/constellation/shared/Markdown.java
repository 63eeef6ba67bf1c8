package org.constellation.shared;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.modulith.NamedInterface;

/**
 * Renders what people write (Markdown) to HTML that is safe to show to others:
 * raw HTML in the source is escaped by the parser, and the output passes an
 * allow-list sanitizer as a second wall.
 */
@NamedInterface(name = "api", propagate = false)
public final class Markdown {

	private static final Parser PARSER = Parser.builder().build();
	private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
			.and(Sanitizers.TABLES)
			.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "br").allowAttributes("rel")
					.matching(true, "nofollow noopener").onElements("a").requireRelNofollowOnLinks().toFactory());

	private Markdown() {
	}

	public static String toSafeHtml(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
	}
}
