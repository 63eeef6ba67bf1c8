package org.constellation.constellation;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.constellation.communities.Stage;
import org.constellation.constellation.ConstellationService.MapCommunity;
import org.constellation.constellation.ConstellationService.MapLink;
import org.constellation.constellation.MapLayout.Frame;
import org.constellation.constellation.MapLayout.Node;
import org.constellation.constellation.MapLayout.Picture;
import org.constellation.shared.Ref;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * Where the map draws the demo constellation, wide and on a phone: every full
 * name, none running into another name or another community, larger communities
 * larger, communities across levels as bars over their levels side by side, and
 * the same picture every time.
 */
class MapLayoutTests {

	static final List<Ref> LEVELS = List.of(new Ref(1L, "National"), new Ref(2L, "State"), new Ref(3L, "District"),
			new Ref(4L, "School/Program"));

	enum Frames {
		WIDE(Frame.WIDE), NARROW(Frame.NARROW);

		final Frame frame;

		Frames(Frame frame) {
			this.frame = frame;
		}
	}

	private static MapCommunity community(long id, String name, int members, Stage stage, long... levels) {
		List<Long> ids = new ArrayList<>();
		List<String> names = new ArrayList<>();
		for (long level : levels) {
			ids.add(level);
			names.add(LEVELS.get((int) level - 1).name());
		}
		return new MapCommunity(id, name, stage, ids, names, levels.length > 1, members, 0, List.of());
	}

	/** The demo constellation's communities, and two with long names of a test. */
	static List<MapCommunity> demo() {
		return List.of(community(1, "Family voice in IEP meetings", 23, Stage.MATURING, 2, 3, 4),
				community(2, "Co-teaching partners of Burlington", 11, Stage.COALESCING, 4),
				community(3, "State transition leaders", 10, Stage.STEWARDSHIP, 2),
				community(4, "Rural telepractice network", 17, Stage.MATURING, 3),
				community(5, "Inclusive early learning, across levels", 19, Stage.COALESCING, 1, 2, 4),
				community(6, "Restraint-free schools", 15, Stage.MATURING, 1, 2, 3),
				community(7, "Data for improvement", 7, Stage.POTENTIAL, 2),
				community(8, "Paraprofessionals learning together", 13, Stage.COALESCING, 3),
				community(9, "Self-advocates lead", 8, Stage.POTENTIAL, 4),
				community(10, "Well-being of those who support", 12, Stage.MATURING, 3),
				community(11, "National disproportionality forum", 16, Stage.TRANSFORMATION, 1, 2),
				community(12, "Assistive technology in Klamath", 5, Stage.POTENTIAL), community(13,
						"Constellation concern across the state and its schools 1a2b3c4d", 3, Stage.POTENTIAL, 2, 4),
				community(14, "Constellation concern in one school 1a2b3c4d", 2, Stage.POTENTIAL, 4));
	}

	static List<MapLink> linksOf(List<MapCommunity> communities) {
		List<MapLink> links = new ArrayList<>();
		for (MapCommunity a : communities) {
			for (MapCommunity b : communities) {
				if (a.id() < b.id()) {
					links.add(new MapLink(a.id(), b.id(), (int) ((a.id() + b.id()) % 5), 1));
				}
			}
		}
		return links;
	}

	static Picture demoPicture(Frame frame) {
		List<MapCommunity> demo = demo();
		return MapLayout.of(frame, LEVELS, demo, linksOf(demo), "No level yet", "Across levels");
	}

	@ParameterizedTest
	@EnumSource(Frames.class)
	void noNameRunsIntoAnotherNameOrCommunity(Frames frames) {
		Picture picture = demoPicture(frames.frame);
		assertThat(picture.labelled()).isTrue();
		List<Node> nodes = picture.nodes();
		assertThat(nodes).hasSize(demo().size());
		for (Node a : nodes) {
			for (Node b : nodes) {
				if (a == b) {
					continue;
				}
				assertThat(a.label().box().overlaps(b.label().box()))
						.as("%s's name over %s's", a.community().name(), b.community().name()).isFalse();
				assertThat(a.label().box().overlaps(b.shape()))
						.as("%s's name over %s", a.community().name(), b.community().name()).isFalse();
				assertThat(a.shape().overlaps(b.shape())).as("%s over %s", a.community().name(), b.community().name())
						.isFalse();
			}
			// and its own name is not over itself
			assertThat(a.label().box().overlaps(a.shape())).as(a.community().name()).isFalse();
		}
	}

	@ParameterizedTest
	@EnumSource(Frames.class)
	void everyNameIsWrittenInFullWithinThePictureAndItsCell(Frames frames) {
		Picture picture = demoPicture(frames.frame);
		for (Node node : picture.nodes()) {
			String written = String.join(" ", node.label().lines());
			assertThat(written.replace(" ", "").replace("-", ""))
					.isEqualTo(node.community().name().replace(" ", "").replace("-", ""));
			assertThat(node.label().box().width()).isLessThanOrEqualTo(frames.frame.cell() - 8);
			assertThat(node.label().box().x()).isGreaterThanOrEqualTo(frames.frame.gutter());
			assertThat(node.label().box().right()).isLessThanOrEqualTo(picture.width());
			assertThat(node.label().box().bottom()).isLessThanOrEqualTo(picture.height());
		}
		assertThat(picture.width()).isEqualTo(frames.frame.width(),
				org.assertj.core.data.Offset.offset((double) frames.frame.cell()));
	}

	@ParameterizedTest
	@EnumSource(Frames.class)
	void aCommunityWithMoreMembersIsDrawnLarger(Frames frames) {
		Picture picture = demoPicture(frames.frame);
		for (boolean bars : List.of(false, true)) {
			List<Node> bySize = picture.nodes().stream().filter(n -> n.bar() == bars)
					.sorted(Comparator.comparingInt(n -> n.community().members())).toList();
			for (int i = 1; i < bySize.size(); i++) {
				assertThat(bySize.get(i).r()).as(bySize.get(i).community().name()).isGreaterThan(bySize.get(i - 1).r());
			}
		}
		// the largest community of all is drawn the largest there is
		Node largest = picture.nodes().stream().max(Comparator.comparingInt(n -> n.community().members()))
				.orElseThrow();
		assertThat(largest.r() * (largest.bar() ? 2 : 1)).isEqualTo(frames.frame.maxRadius(),
				org.assertj.core.data.Offset.offset(0.01));
	}

	static final String[] ACROSS = {"Family voice in IEP meetings", "Inclusive early learning, across levels",
			"Restraint-free schools", "National disproportionality forum",
			"Constellation concern across the state and its schools 1a2b3c4d"};

	@Test
	void aCommunityAcrossLevelsIsABarOverTheLevelsItSpansBesideTheOthers() {
		Frames frames = Frames.WIDE;
		Picture picture = demoPicture(frames.frame);
		List<Node> bars = picture.nodes().stream().filter(Node::bar).toList();
		assertThat(bars).extracting(n -> n.community().name()).containsExactlyInAnyOrder(ACROSS);
		for (Node bar : bars) {
			var first = picture.bands().get((int) (long) bar.community().levels().getFirst() - 1);
			var last = picture.bands().get((int) (long) bar.community().levels().getLast() - 1);
			assertThat(bar.top()).isBetween(first.top(), first.top() + first.height());
			assertThat(bar.bottom()).isBetween(last.top(), last.top() + last.height());
		}
		// bars that share a level stand a cell apart, not squeezed together at one side
		for (Node a : bars) {
			for (Node b : bars) {
				if (a != b && a.top() < b.bottom() && b.top() < a.bottom()) {
					assertThat(Math.abs(a.x() - b.x())).isGreaterThanOrEqualTo(frames.frame.cell() - 0.01);
				}
			}
		}
	}

	@Test
	void onAPhoneTheCommunitiesAcrossLevelsHaveABandOfTheirOwnWithTheirLevelsUnderTheirNames() {
		Picture picture = demoPicture(Frame.NARROW);
		assertThat(picture.bands()).extracting(MapLayout.Band::name).containsExactly("Across levels", "National",
				"State", "District", "School/Program", "No level yet");
		assertThat(picture.nodes()).noneMatch(Node::bar);
		var across = picture.bands().getFirst();
		List<Node> inIt = picture.nodes().stream().filter(n -> n.y() < across.top() + across.height()).toList();
		assertThat(inIt).extracting(n -> n.community().name()).containsExactlyInAnyOrder(ACROSS);
		Node forum = inIt.stream().filter(n -> n.community().name().startsWith("National dis")).findFirst()
				.orElseThrow();
		assertThat(forum.label().details()).containsExactly("National, State");
		// the phone's picture is as wide as the phone: nothing is drawn smaller
		assertThat(picture.width()).isLessThanOrEqualTo(Frame.NARROW.width());
	}

	@Test
	void theSameCommunitiesGiveTheSamePicture() {
		List<MapCommunity> demo = demo();
		List<MapCommunity> shuffled = new ArrayList<>(demo);
		java.util.Collections.reverse(shuffled);
		assertThat(MapLayout.of(Frame.WIDE, LEVELS, shuffled, linksOf(demo), "No level yet", "Across levels").nodes())
				.isEqualTo(demoPicture(Frame.WIDE).nodes());
	}

	@Test
	void pastSixtyCommunitiesTheMapNamesThemOnHoverAndFocusOnly() {
		List<MapCommunity> many = new ArrayList<>();
		for (long i = 1; i <= 200; i++) {
			many.add(community(i, "Community " + i, (int) i, Stage.POTENTIAL, 1 + i % 4));
		}
		Picture picture = MapLayout.of(Frame.WIDE, LEVELS, many, List.of(), "No level yet", "Across levels");
		assertThat(picture.labelled()).isFalse();
		assertThat(picture.width()).isLessThanOrEqualTo(Frame.WIDE.width());
		for (Node a : picture.nodes()) {
			assertThat(a.label().lines()).containsExactly(a.community().name());
		}
		String svg = MapSvg.inline(picture, words(), "map", "title", id -> "/communities/" + id);
		assertThat(svg).contains("visibility=\"hidden\"");
	}

	static MapSvg.Words words() {
		return new MapSvg.Words() {
			@Override
			public String nodeName(MapCommunity c) {
				return c.name() + ": " + c.members() + " members";
			}

			@Override
			public String stage(Stage stage) {
				return stage.name();
			}
		};
	}

	@Test
	void theDownloadIsAStandaloneSvgWithEveryNameAndAPngOfIt() throws Exception {
		MapSvg.Frame frame = new MapSvg.Frame("The constellation of communities", "14 communities · 60 practitioners",
				"Colour: life-cycle stage", "Size: members", "A bar: a community across the levels it spans",
				"A line: members shared", "Dashed: an issue shared", "2 members", "23 members");
		String svg = MapSvg.standalone(demoPicture(Frame.WIDE), words(), frame);
		Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new InputSource(new StringReader(svg)));
		assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
		String text = document.getDocumentElement().getTextContent();
		for (MapCommunity c : demo()) {
			assertThat(text).contains(c.name() + ": " + c.members() + " members");
		}
		assertThat(text).contains("MATURING", "TRANSFORMATION", "Size: members");
		// no style sheet: every colour is on its element
		assertThat(svg).doesNotContain("<style").doesNotContain("style=").doesNotContain("class=");

		byte[] png = MapPictures.png(svg);
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(image.getWidth()).isGreaterThan(1800);
		keep("map-demo.svg", svg.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		keep("map-demo.png", png);
		String narrow = MapSvg.standalone(demoPicture(Frame.NARROW), words(), frame);
		keep("map-demo-narrow.png", MapPictures.png(narrow));
	}

	/** Kept under target/ for a person to look at. */
	private static void keep(String name, byte[] bytes) throws IOException {
		Path dir = Path.of("target", "map-pictures");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name), bytes);
	}
}
