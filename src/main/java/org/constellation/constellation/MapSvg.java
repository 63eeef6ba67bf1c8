package org.constellation.constellation;

import java.util.Locale;
import java.util.function.Function;
import org.constellation.communities.Stage;
import org.constellation.constellation.ConstellationService.MapCommunity;
import org.constellation.constellation.MapLayout.Band;
import org.constellation.constellation.MapLayout.Label;
import org.constellation.constellation.MapLayout.Line;
import org.constellation.constellation.MapLayout.Node;
import org.constellation.constellation.MapLayout.Picture;

/**
 * Writes a laid-out map as SVG: for the page, each community a link to its page
 * with an accessible name; for a download, a standalone picture with its title,
 * figures and key. Every colour and size is an attribute of the element it
 * paints (no style sheet), so the picture looks the same in a browser, on a
 * slide and in the PNG.
 */
final class MapSvg {

	static final String FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";
	static final String INK = "#1f2430";
	static final String MUTED = "#4a5060";
	static final String LINK = "#5b6473";

	/**
	 * One colour per life-cycle stage, each at least 3:1 against white and against
	 * the bands' tint, told apart also by the names in the key.
	 */
	static String colourOf(Stage stage) {
		return switch (stage) {
			case POTENTIAL -> "#b35806";
			case COALESCING -> "#1f5fa8";
			case MATURING -> "#1b7a3a";
			case STEWARDSHIP -> "#6a3d9a";
			case TRANSFORMATION -> "#a3195b";
		};
	}

	/** What the picture says in words, in the reader's language. */
	interface Words {

		/**
		 * A community's accessible name: its name, members, levels and stage.
		 */
		String nodeName(MapCommunity community);

		String stage(Stage stage);
	}

	private MapSvg() {
	}

	/**
	 * The map inside the page: {@code communityUrl} applied to a community's id is
	 * where its node leads.
	 */
	static String inline(Picture picture, Words words, String cssClass, String labelledBy,
			Function<Long, String> communityUrl) {
		StringBuilder svg = new StringBuilder(8192 + picture.nodes().size() * 600 + picture.lines().size() * 120);
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass).append("\" viewBox=\"0 0 ")
				.append(n(picture.width())).append(' ').append(n(picture.height()))
				.append("\" role=\"group\" aria-labelledby=\"").append(labelledBy).append("\" font-family=\"")
				.append(attr(FONT)).append("\">");
		body(svg, picture, words, communityUrl);
		svg.append("</svg>");
		return svg.toString();
	}

	/** The parts of a standalone picture around the map. */
	record Frame(String title, String figures, String stageKey, String sizeKey, String barKey, String linesKey,
			String dashedKey, String smallestWords, String largestWords) {
	}

	private static final double MARGIN = 24;

	/**
	 * A picture to download: white, with the title and figures above the map and
	 * the key under it.
	 */
	static String standalone(Picture picture, Words words, Frame frame) {
		double width = picture.width() + 2 * MARGIN;
		double mapTop = MARGIN + 58;
		StringBuilder key = new StringBuilder();
		double keyHeight = key(key, picture, words, frame, mapTop + picture.height() + 20, width);
		double height = mapTop + picture.height() + 20 + keyHeight + MARGIN;
		StringBuilder svg = new StringBuilder(16384 + picture.nodes().size() * 500 + picture.lines().size() * 120);
		svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(width))
				.append("\" height=\"").append(n(height)).append("\" viewBox=\"0 0 ").append(n(width)).append(' ')
				.append(n(height)).append("\" font-family=\"").append(attr(FONT)).append("\">\n");
		svg.append("<title>").append(text(frame.title())).append("</title>\n");
		svg.append("<rect x=\"0\" y=\"0\" width=\"").append(n(width)).append("\" height=\"").append(n(height))
				.append("\" fill=\"#ffffff\"/>\n");
		svg.append("<text x=\"").append(n(MARGIN)).append("\" y=\"").append(n(MARGIN + 20))
				.append("\" font-size=\"22\" font-weight=\"bold\" fill=\"").append(INK).append("\">")
				.append(text(frame.title())).append("</text>\n");
		svg.append("<text x=\"").append(n(MARGIN)).append("\" y=\"").append(n(MARGIN + 44))
				.append("\" font-size=\"15\" fill=\"").append(MUTED).append("\">").append(text(frame.figures()))
				.append("</text>\n");
		svg.append("<g transform=\"translate(").append(n(MARGIN)).append(' ').append(n(mapTop)).append(")\">\n");
		body(svg, picture, words, null);
		svg.append("</g>\n");
		svg.append(key);
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void body(StringBuilder svg, Picture picture, Words words, Function<Long, String> communityUrl) {
		boolean page = communityUrl != null;
		double gutter = picture.frame().gutter();
		svg.append("<g").append(page ? " aria-hidden=\"true\"" : "").append(">");
		for (int i = 0; i < picture.bands().size(); i++) {
			Band band = picture.bands().get(i);
			svg.append("<rect x=\"0\" y=\"").append(n(band.top())).append("\" width=\"").append(n(picture.width()))
					.append("\" height=\"").append(n(band.height())).append("\" fill=\"")
					.append(i % 2 == 0 ? "#f5f2ec" : "#ffffff").append("\"/>");
			if (i > 0) {
				svg.append("<line x1=\"0\" y1=\"").append(n(band.top())).append("\" x2=\"").append(n(picture.width()))
						.append("\" y2=\"").append(n(band.top())).append("\" stroke=\"#c9c3b6\" stroke-width=\"1\"/>");
			}
			double font = picture.frame().font();
			if (picture.frame().levelNamesAcross()) {
				svg.append("<text x=\"8\" y=\"").append(n(band.top() + 8 + font * 0.9)).append("\" font-size=\"")
						.append(n(font)).append("\" font-weight=\"bold\" fill=\"").append(INK).append("\">");
				double dy = 0;
				for (String line : band.nameLines()) {
					svg.append("<tspan x=\"8\" dy=\"").append(n(dy)).append("\">").append(text(line))
							.append("</tspan>");
					dy = Math.round(font * 1.25);
				}
				svg.append("</text>");
			} else {
				double cx = gutter / 2 + font * 0.35;
				double cy = band.top() + band.height() / 2;
				svg.append("<text x=\"").append(n(cx)).append("\" y=\"").append(n(cy)).append("\" font-size=\"")
						.append(n(font)).append("\" font-weight=\"bold\" fill=\"").append(INK)
						.append("\" text-anchor=\"middle\" transform=\"rotate(-90 ").append(n(cx)).append(' ')
						.append(n(cy)).append(")\">").append(text(band.name())).append("</text>");
			}
		}
		svg.append("</g>");
		svg.append("<g").append(page ? " aria-hidden=\"true\"" : "").append(" fill=\"none\" stroke=\"").append(LINK)
				.append("\" stroke-opacity=\"0.6\" stroke-linecap=\"round\">");
		for (Line line : picture.lines()) {
			svg.append("<path d=\"M").append(n(line.x1())).append(' ').append(n(line.y1())).append(" Q")
					.append(n(line.cx())).append(' ').append(n(line.cy())).append(' ').append(n(line.x2())).append(' ')
					.append(n(line.y2())).append("\" stroke-width=\"").append(n(line.width())).append('"');
			if (line.dashed()) {
				svg.append(" stroke-dasharray=\"4 4\"");
			}
			svg.append("/>");
		}
		svg.append("</g>");
		svg.append(page ? "<g class=\"map-nodes\">" : "<g>");
		for (Node node : picture.nodes()) {
			MapCommunity c = node.community();
			String name = words.nodeName(c);
			if (page) {
				svg.append("<a class=\"map-node\" href=\"").append(attr(communityUrl.apply(c.id())))
						.append("\" aria-label=\"").append(attr(name)).append("\" data-community=\"").append(c.id())
						.append("\">");
			} else {
				svg.append("<g>");
			}
			svg.append("<title>").append(text(name)).append("</title>");
			String colour = colourOf(c.stage());
			if (node.bar()) {
				svg.append("<rect").append(page ? " class=\"map-shape\"" : "").append(" x=\"")
						.append(n(node.x() - node.r())).append("\" y=\"").append(n(node.top())).append("\" width=\"")
						.append(n(2 * node.r())).append("\" height=\"").append(n(node.bottom() - node.top()))
						.append("\" rx=\"").append(n(node.r())).append('"');
			} else {
				svg.append("<circle").append(page ? " class=\"map-shape\"" : "").append(" cx=\"").append(n(node.x()))
						.append("\" cy=\"").append(n(node.y())).append("\" r=\"").append(n(node.r())).append('"');
			}
			svg.append(" fill=\"").append(colour).append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
			label(svg, node.label(), picture.labelled(), page);
			svg.append(page ? "</a>" : "</g>");
		}
		svg.append("</g>");
	}

	private static void label(StringBuilder svg, Label label, boolean shown, boolean page) {
		svg.append("<g").append(page ? " class=\"map-label\"" : "").append(shown ? "" : " visibility=\"hidden\"")
				.append('>');
		svg.append("<rect x=\"").append(n(label.box().x() - 2)).append("\" y=\"").append(n(label.box().y()))
				.append("\" width=\"").append(n(label.box().width() + 4)).append("\" height=\"")
				.append(n(label.box().height())).append("\" rx=\"3\" fill=\"#ffffff\" fill-opacity=\"0.88\"/>");
		svg.append("<text x=\"").append(n(label.x())).append("\" y=\"").append(n(label.baseline()))
				.append("\" font-size=\"").append(n(label.font())).append("\" fill=\"").append(INK)
				.append("\" text-anchor=\"middle\">");
		double dy = 0;
		for (String line : label.lines()) {
			svg.append("<tspan x=\"").append(n(label.x())).append("\" dy=\"").append(n(dy)).append("\">")
					.append(text(line)).append("</tspan>");
			dy = label.lineHeight();
		}
		for (String line : label.details()) {
			svg.append("<tspan x=\"").append(n(label.x())).append("\" dy=\"").append(n(dy)).append("\" fill=\"")
					.append(MUTED).append("\">").append(text(line)).append("</tspan>");
			dy = label.lineHeight();
		}
		svg.append("</text></g>");
	}

	/** The key under a downloaded map; answers how tall it is. */
	private static double key(StringBuilder svg, Picture picture, Words words, Frame frame, double top, double width) {
		double font = 14;
		double x = MARGIN;
		double y = top + 16;
		double row = 30;
		svg.append("<g font-size=\"").append(n(font)).append("\" fill=\"").append(INK).append("\">\n");
		svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + 5)).append("\" font-weight=\"bold\">")
				.append(text(frame.stageKey())).append("</text>");
		x += MapLayout.TextWidth.of(frame.stageKey(), font, true) + 16;
		for (Stage stage : Stage.values()) {
			String name = words.stage(stage);
			double needed = 22 + MapLayout.TextWidth.of(name, font, false) + 18;
			if (x + needed > width - MARGIN) {
				x = MARGIN;
				y += row;
			}
			svg.append("<circle cx=\"").append(n(x + 8)).append("\" cy=\"").append(n(y)).append("\" r=\"8\" fill=\"")
					.append(colourOf(stage)).append("\"/>");
			svg.append("<text x=\"").append(n(x + 22)).append("\" y=\"").append(n(y + 5)).append("\">")
					.append(text(name)).append("</text>");
			x += needed;
		}
		y += row + 6;
		x = MARGIN;
		double small = 5;
		double large = 14;
		String[][] items = {{"small", frame.smallestWords()}, {"large", frame.largestWords()}, {"bar", frame.barKey()},
				{"line", frame.linesKey()}, {"dashed", frame.dashedKey()}};
		svg.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y + 5)).append("\" font-weight=\"bold\">")
				.append(text(frame.sizeKey())).append("</text>");
		x += MapLayout.TextWidth.of(frame.sizeKey(), font, true) + 16;
		for (String[] item : items) {
			double mark = switch (item[0]) {
				case "small", "bar" -> 14;
				case "large" -> 2 * large;
				default -> 36;
			};
			double needed = mark + 8 + MapLayout.TextWidth.of(item[1], font, false) + 22;
			if (x + needed > width - MARGIN) {
				x = MARGIN;
				y += row + 8;
			}
			switch (item[0]) {
				case "small" -> svg.append("<circle cx=\"").append(n(x + 7)).append("\" cy=\"").append(n(y))
						.append("\" r=\"").append(n(small)).append("\" fill=\"").append(MUTED).append("\"/>");
				case "large" -> svg.append("<circle cx=\"").append(n(x + large)).append("\" cy=\"").append(n(y))
						.append("\" r=\"").append(n(large)).append("\" fill=\"").append(MUTED).append("\"/>");
				case "bar" -> svg.append("<rect x=\"").append(n(x + 2)).append("\" y=\"").append(n(y - 14))
						.append("\" width=\"10\" height=\"28\" rx=\"5\" fill=\"").append(MUTED).append("\"/>");
				default -> svg.append("<line x1=\"").append(n(x)).append("\" y1=\"").append(n(y)).append("\" x2=\"")
						.append(n(x + 36)).append("\" y2=\"").append(n(y)).append("\" stroke=\"").append(LINK)
						.append("\" stroke-width=\"").append(item[0].equals("line") ? "4" : "1.5").append('"')
						.append(item[0].equals("dashed") ? " stroke-dasharray=\"4 4\"" : "").append("/>");
			}
			svg.append("<text x=\"").append(n(x + mark + 8)).append("\" y=\"").append(n(y + 5)).append("\">")
					.append(text(item[1])).append("</text>");
			x += needed;
		}
		svg.append("</g>\n");
		return y + 20 - top;
	}

	/** A number as SVG wants it: at most one decimal, a dot whatever the locale. */
	static String n(double value) {
		double rounded = Math.round(value * 10) / 10.0;
		return rounded == Math.rint(rounded)
				? Long.toString((long) rounded)
				: String.format(Locale.ROOT, "%.1f", rounded);
	}

	static String text(String value) {
		StringBuilder out = new StringBuilder(value.length() + 8);
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// characters XML 1.0 cannot hold are left out
					if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}

	static String attr(String value) {
		return text(value);
	}
}
