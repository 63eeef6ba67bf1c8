package org.constellation.constellation.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.communities.Stage;
import org.constellation.constellation.ConstellationRefreshed;
import org.constellation.constellation.ConstellationService;
import org.constellation.constellation.ConstellationService.DrawnMap;
import org.constellation.constellation.ConstellationService.LinkChoice;
import org.constellation.constellation.ConstellationService.MapCommunity;
import org.constellation.constellation.ConstellationService.MapFilter;
import org.constellation.constellation.ConstellationService.MapView;
import org.constellation.constellation.CoverageCsv;
import org.constellation.constellation.KeptJson;
import org.constellation.constellation.MapPictures;
import org.constellation.constellation.analytics.CommunityHealth;
import org.constellation.people.AccountPrincipal;
import org.constellation.portfolio.Portfolio;
import org.constellation.shared.Ref;
import org.constellation.shared.web.Paging;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The constellation's pages: the map, coverage, boundary spanners and health.
 */
@Controller
class ConstellationPages {

	static final int PAGE_SIZE = 50;
	/*
	 * The map's table, 25 communities a page: each row carries its levels, issues
	 * and the communities it shares most with, and at 50 rows rendering the table
	 * was most of the page's time.
	 */
	static final int TABLE_SIZE = 25;
	static final int PLACE_CHOICES = 300;

	/**
	 * A row of the table view: a community and the communities it shares most
	 * people with.
	 */
	record TableRow(MapCommunity community, List<Shared> sharedWith) {
	}

	record Shared(Ref community, int members) {
	}

	private final ConstellationService constellation;
	private final MapPictures pictures;
	private final CoverageCsv csv;
	private final Portfolio portfolio;

	private final JsonMapper json;
	private final KeptJson wholeMap;

	ConstellationPages(ConstellationService constellation, MapPictures pictures, CoverageCsv csv, Portfolio portfolio,
			JsonMapper json) {
		this.constellation = constellation;
		this.pictures = pictures;
		this.csv = csv;
		this.portfolio = portfolio;
		this.json = json;
		this.wholeMap = new KeptJson(json);
	}

	@GetMapping("/constellation")
	String map(@RequestParam(required = false) Long issue, @RequestParam(required = false) Long group,
			@RequestParam(required = false) Long place, @RequestParam(required = false) Stage stage,
			@RequestParam(defaultValue = "STRONGEST") LinkChoice links, @RequestParam(defaultValue = "0") int page,
			Model model, Locale locale) {
		MapFilter filter = new MapFilter(issue, group, place, stage, 1);
		var mapWithDrawing = constellation.mapWithDrawing(filter);
		MapView view = mapWithDrawing.view();
		// the three communities each row shares most members with (the view keeps them
		// in that order)
		Page<TableRow> table = Paging.of(page, TABLE_SIZE).slice(view.communities())
				.map(c -> new TableRow(c, view.membersLinksOf(c.id()).stream().limit(3).map(link -> {
					long other = link.source() == c.id() ? link.target() : link.source();
					return new Shared(new Ref(other, view.nameOf(other)), link.sharedMembers());
				}).toList()));
		String query = query(issue, group, place, stage);
		model.addAttribute("section", "constellation");
		model.addAttribute("view", view);
		model.addAttribute("table", table);
		MapPictures.Drawing drawing = pictures.page(filter, links, locale, "/communities/", "map-title");
		model.addAttribute("drawing", drawing);
		model.addAttribute("figures", drawing.figures());
		model.addAttribute("linkChoice", links);
		model.addAttribute("linkChoices", LinkChoice.values());
		Map<LinkChoice, String> linkHrefs = new EnumMap<>(LinkChoice.class);
		for (LinkChoice choice : LinkChoice.values()) {
			linkHrefs.put(choice, "/constellation" + withLinks(query, choice));
		}
		model.addAttribute("linkHrefs", linkHrefs);
		Map<Stage, String> stageColours = new EnumMap<>(Stage.class);
		for (Stage s : Stage.values()) {
			stageColours.put(s, MapPictures.colourOf(s));
		}
		model.addAttribute("stageColours", stageColours);
		model.addAttribute("tiesEach", ConstellationService.TIES_EACH);
		model.addAttribute("filtered", filter.any());
		model.addAttribute("filter", filter);
		model.addAttribute("issues", portfolio.issueChoices());
		model.addAttribute("groups", portfolio.activeStakeholderGroups());
		model.addAttribute("places", placeChoices(place));
		model.addAttribute("stages", Stage.values());
		model.addAttribute("query", query);
		model.addAttribute("linksQuery", links == LinkChoice.STRONGEST ? query : withLinks(query, links));
		model.addAttribute("baseUrl", "/constellation" + withLinks(query, links));
		return "constellation/map";
	}

	/** The query of a filter with a choice of links beside it. */
	static String withLinks(String query, LinkChoice links) {
		if (links == LinkChoice.STRONGEST) {
			return query;
		}
		return (query.isEmpty() ? "?" : query + "&") + "links=" + links.name();
	}

	/**
	 * The map as a picture for slides, as on the page: its title, figures and key
	 * with it.
	 */
	@GetMapping(value = "/constellation/map.svg")
	ResponseEntity<String> mapSvg(@RequestParam(required = false) Long issue,
			@RequestParam(required = false) Long group, @RequestParam(required = false) Long place,
			@RequestParam(required = false) Stage stage, @RequestParam(defaultValue = "STRONGEST") LinkChoice links,
			Locale locale) {
		return svgDownload(pictures.svg(new MapFilter(issue, group, place, stage, 1), links, locale));
	}

	@GetMapping(value = "/constellation/map.png")
	ResponseEntity<byte[]> mapPng(@RequestParam(required = false) Long issue,
			@RequestParam(required = false) Long group, @RequestParam(required = false) Long place,
			@RequestParam(required = false) Stage stage, @RequestParam(defaultValue = "STRONGEST") LinkChoice links,
			Locale locale) {
		return pngDownload(pictures.png(new MapFilter(issue, group, place, stage, 1), links, locale));
	}

	/** An SVG to save, named for what it is. */
	static ResponseEntity<String> svgDownload(String svg) {
		return ResponseEntity.ok().contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"constellation-map.svg\"").body(svg);
	}

	static ResponseEntity<byte[]> pngDownload(byte[] png) {
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"constellation-map.png\"").body(png);
	}

	/**
	 * The map's drawing as data, for scripts: the most-joined communities up to the
	 * limit, and the links among them. The whole map's drawing is the same object
	 * for as long as its snapshot (see {@link ConstellationService#drawn}), so it
	 * is kept written, and gzipped, until the next one.
	 */
	@GetMapping(value = "/constellation/map.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> mapData(@RequestParam(required = false) Long issue,
			@RequestParam(required = false) Long group, @RequestParam(required = false) Long place,
			@RequestParam(required = false) Stage stage,
			@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
		MapFilter filter = new MapFilter(issue, group, place, stage, 1);
		DrawnMap drawn = constellation.drawn(filter);
		if (filter.any()) {
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.writeValueAsBytes(drawn));
		}
		return wholeMap.answer(drawn, () -> drawn, acceptEncoding);
	}

	/**
	 * The whole map's data is written for the first snapshot as soon as it is built
	 * at start, not by its first reader.
	 */
	@EventListener(ConstellationRefreshed.class)
	void prepare() {
		mapData(null, null, null, null, "gzip");
	}

	/**
	 * The places to filter by: all of them in a small constellation; in a large one
	 * the broadest levels, as many as fit in {@link #PLACE_CHOICES}, and the place
	 * chosen (the API takes any place).
	 */
	private List<Ref> placeChoices(Long chosen) {
		List<Ref> choices = new ArrayList<>(portfolio.placeChoices(PLACE_CHOICES));
		if (chosen != null && choices.stream().noneMatch(p -> p.id().equals(chosen))) {
			portfolio.findPlace(chosen).ifPresent(p -> choices.add(new Ref(p.getId(), p.getName())));
		}
		return choices;
	}

	private static String query(Long issue, Long group, Long place, Stage stage) {
		String query = UriComponentsBuilder.newInstance()
				.queryParamIfPresent("issue", java.util.Optional.ofNullable(issue))
				.queryParamIfPresent("group", java.util.Optional.ofNullable(group))
				.queryParamIfPresent("place", java.util.Optional.ofNullable(place))
				.queryParamIfPresent("stage", java.util.Optional.ofNullable(stage)).build().toUriString();
		return query;
	}

	@GetMapping("/constellation/coverage")
	String coverage(@RequestParam(defaultValue = "0") int page, Model model) {
		var coverage = constellation.coverage();
		model.addAttribute("section", "constellation");
		model.addAttribute("coverage", coverage);
		model.addAttribute("gaps", coverage.gaps(Paging.of(page, PAGE_SIZE).pageable()));
		model.addAttribute("baseUrl", "/constellation/coverage");
		return "constellation/coverage";
	}

	@GetMapping("/constellation/coverage.csv")
	ResponseEntity<String> coverageCsv(@RequestParam(defaultValue = "levels") String view) {
		CoverageCsv.Export export = csv.export(view);
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.filename() + "\"")
				.body(export.body());
	}

	@GetMapping("/constellation/boundary-spanners")
	String spanners(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("section", "constellation");
		model.addAttribute("spanners", constellation.boundarySpanners(me, Paging.of(page, PAGE_SIZE).pageable()));
		model.addAttribute("baseUrl", "/constellation/boundary-spanners");
		return "constellation/spanners";
	}

	@GetMapping("/constellation/health")
	String health(@RequestParam(defaultValue = "0") int page, Model model) {
		List<CommunityHealth> all = constellation.health();
		List<CommunityHealth> attention = all.stream().filter(CommunityHealth::needsAttention).toList();
		int[] weekly = new int[constellation.weeks().size()];
		Map<Stage, Integer> stages = new EnumMap<>(Stage.class);
		for (Stage stage : Stage.values()) {
			stages.put(stage, 0);
		}
		for (CommunityHealth h : all) {
			for (int i = 0; i < weekly.length; i++) {
				weekly[i] += h.weeklyPosts()[i];
			}
			stages.merge(h.stage(), 1, Integer::sum);
		}
		model.addAttribute("section", "constellation");
		model.addAttribute("chart", ActivityChart.of(weekly, constellation.weeks()));
		model.addAttribute("stages", stages);
		model.addAttribute("total", all.size());
		model.addAttribute("attention", Paging.of(page, PAGE_SIZE).slice(attention));
		model.addAttribute("baseUrl", "/constellation/health");
		return "constellation/health";
	}

	@GetMapping("/communities/{id}/health")
	String communityHealth(@PathVariable long id, Model model) {
		CommunityHealth health = constellation.health(id);
		model.addAttribute("section", "communities");
		model.addAttribute("health", health);
		model.addAttribute("chart", ActivityChart.of(health.weeklyPosts(), constellation.weeks()));
		int most = Math.max(1, health.pyramid().values().stream().mapToInt(Integer::intValue).max().orElse(1));
		model.addAttribute("pyramidMost", most);
		model.addAttribute("participations", org.constellation.communities.Participation.values());
		model.addAttribute("questions", org.constellation.communities.CharterQuestion.values());
		return "constellation/community-health";
	}
}
