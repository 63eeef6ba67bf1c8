package org.constellation.constellation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.constellation.communities.Stage;
import org.constellation.constellation.ConstellationService.DrawnMap;
import org.constellation.constellation.ConstellationService.LinkChoice;
import org.constellation.constellation.ConstellationService.MapCommunity;
import org.constellation.constellation.ConstellationService.MapFigures;
import org.constellation.constellation.ConstellationService.MapFilter;
import org.constellation.constellation.ConstellationService.MapLink;
import org.constellation.constellation.MapLayout.Picture;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The map as pictures: the two drawn into the page (wide, and for a phone), and
 * the one to download for slides, as SVG or PNG. All three from one layout of
 * the same communities and links.
 */
@Component
public class MapPictures {

	/** What the page shows of the map. */
	public record Drawing(MapFigures figures, String wide, String narrow, int linksShown, int linksDrawn,
			int linksLeftOut, int communitiesDrawn, boolean labelled) {
	}

	private final ConstellationService constellation;
	private final MessageSource messages;

	MapPictures(ConstellationService constellation, MessageSource messages) {
		this.constellation = constellation;
		this.messages = messages;
	}

	/**
	 * The map for the page; each community leads to {@code communityPath + id}, and
	 * is named by the figure caption with the id {@code labelledBy}.
	 */
	public Drawing page(MapFilter filter, LinkChoice choice, Locale locale, String communityPath, String labelledBy) {
		DrawnMap drawn = constellation.drawn(filter);
		return kept(filter, drawn, "page " + choice + " " + locale + " " + communityPath + " " + labelledBy,
				() -> page(drawn, filter, choice, locale, id -> communityPath + id, labelledBy));
	}

	private Drawing page(DrawnMap drawn, MapFilter filter, LinkChoice choice, Locale locale,
			Function<Long, String> communityUrl, String labelledBy) {
		List<MapLink> links = ConstellationService.shown(drawn, choice);
		MapSvg.Words words = words(locale);
		String noLevel = msg(locale, "constellation.map.unscoped");
		String across = msg(locale, "constellation.map.acrossLevels");
		Picture wide = MapLayout.of(MapLayout.Frame.WIDE, drawn.levels(), drawn.communities(), links, noLevel, across);
		Picture narrow = MapLayout.of(MapLayout.Frame.NARROW, drawn.levels(), drawn.communities(), links, noLevel,
				across);
		return new Drawing(constellation.figures(filter),
				MapSvg.inline(wide, words, "map-svg map-wide", labelledBy, communityUrl),
				MapSvg.inline(narrow, words, "map-svg map-narrow", labelledBy, communityUrl), links.size(),
				drawn.links().size(), drawn.linksLeftOut(), drawn.communities().size(), wide.labelled());
	}

	/**
	 * The map as a standalone SVG for slides: white, its title and figures above,
	 * its key below, every style on its element.
	 */
	public String svg(MapFilter filter, LinkChoice choice, Locale locale) {
		DrawnMap drawn = constellation.drawn(filter);
		return kept(filter, drawn, "svg " + choice + " " + locale, () -> svg(drawn, filter, choice, locale));
	}

	private String svg(DrawnMap drawn, MapFilter filter, LinkChoice choice, Locale locale) {
		List<MapLink> links = ConstellationService.shown(drawn, choice);
		Picture picture = MapLayout.of(MapLayout.Frame.WIDE, drawn.levels(), drawn.communities(), links,
				msg(locale, "constellation.map.unscoped"), msg(locale, "constellation.map.acrossLevels"));
		MapFigures f = constellation.figures(filter);
		int smallest = drawn.communities().stream().mapToInt(MapCommunity::members).min().orElse(0);
		int largest = drawn.communities().stream().mapToInt(MapCommunity::members).max().orElse(0);
		MapSvg.Frame frame = new MapSvg.Frame(msg(locale, "constellation.map.heading"),
				msg(locale, "constellation.figures.line", f.communities(), f.practitioners(),
						f.linksAcrossLevelsPercent(), f.gaps()),
				msg(locale, "constellation.key.stage"), msg(locale, "constellation.key.size"),
				msg(locale, "constellation.key.bar"), msg(locale, "constellation.key.line"),
				msg(locale, "constellation.key.dashed"), msg(locale, "constellation.key.members", smallest),
				msg(locale, "constellation.key.members", largest));
		return MapSvg.standalone(picture, words(locale), frame);
	}

	/** The colour of a life-cycle stage on the map and in its key. */
	public static String colourOf(Stage stage) {
		return MapSvg.colourOf(stage);
	}

	/**
	 * The same picture as a PNG twice its size, sharp on a projector. Rendering it
	 * takes seconds (3.5 s of a core for the 1,000-practitioner constellation,
	 * where its SVG takes 50 ms), so each picture's PNG is kept: the SVG, drawn
	 * from the snapshot, is the key, and many asking for the same new picture at
	 * once wait for one rendering.
	 */
	public byte[] png(MapFilter filter, LinkChoice choice, Locale locale) {
		return rendered.get(svg(filter, choice, locale), MapPictures::png);
	}

	/**
	 * The whole constellation's drawings (the page's two maps, the standalone SVG),
	 * kept with the drawn map they came from, which is one object per snapshot: the
	 * key compares by identity (weak keys), so a new snapshot draws afresh and the
	 * old drawings go with their map. At national scale the page's drawing took
	 * most of its time, on every request. A filtered map is drawn per call.
	 */
	private final Cache<DrawnMap, Map<String, Object>> wholeDrawings = Caffeine.newBuilder().weakKeys().maximumSize(4)
			.build();

	@SuppressWarnings("unchecked")
	private <T> T kept(MapFilter filter, DrawnMap drawn, String what, Supplier<T> draw) {
		if (!filter.whole()) {
			return draw.get();
		}
		// one reader draws while the others asking for the same drawing wait
		return (T) wholeDrawings.get(drawn, _ -> new ConcurrentHashMap<>()).computeIfAbsent(what, _ -> draw.get());
	}

	/**
	 * The last few pictures rendered: one per filter, choice of links and language
	 * asked for.
	 */
	private final Cache<String, byte[]> rendered = Caffeine.newBuilder().maximumSize(16).build();

	static byte[] png(String svg) {
		PNGTranscoder transcoder = new PNGTranscoder();
		double width = widthOf(svg);
		transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) (2 * width));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
		} catch (TranscoderException e) {
			throw new IllegalStateException("The map could not be drawn as PNG", e);
		}
		return out.toByteArray();
	}

	private static double widthOf(String svg) {
		int at = svg.indexOf(" width=\"") + 8;
		return Double.parseDouble(svg.substring(at, svg.indexOf('"', at)));
	}

	private MapSvg.Words words(Locale locale) {
		String noLevel = msg(locale, "constellation.map.unscoped");
		return new MapSvg.Words() {
			@Override
			public String nodeName(MapCommunity c) {
				return msg(locale, "constellation.node.name", c.name(), c.members(),
						c.levelNames().isEmpty() ? noLevel : String.join(", ", c.levelNames()), stage(c.stage()));
			}

			@Override
			public String stage(Stage stage) {
				return msg(locale, "stage." + stage.name());
			}
		};
	}

	private String msg(Locale locale, String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}
}
