package org.constellation.constellation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.communities.CharterQuestion;
import org.constellation.communities.Participation;
import org.constellation.communities.Stage;
import org.constellation.constellation.ConstellationRefreshed;
import org.constellation.constellation.ConstellationService;
import org.constellation.constellation.ConstellationService.CoverageView;
import org.constellation.constellation.ConstellationService.GapView;
import org.constellation.constellation.ConstellationService.LinkChoice;
import org.constellation.constellation.ConstellationService.MapCommunity;
import org.constellation.constellation.ConstellationService.MapFigures;
import org.constellation.constellation.ConstellationService.MapFilter;
import org.constellation.constellation.ConstellationService.MapLink;
import org.constellation.constellation.ConstellationService.SpannerView;
import org.constellation.constellation.CoverageCsv;
import org.constellation.constellation.KeptJson;
import org.constellation.constellation.MapPictures;
import org.constellation.constellation.analytics.CommunityHealth;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.Ref;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The constellation's aggregate views over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Constellation", description = "The multi-scale map of communities, coverage of issues across levels and stakeholder groups, boundary spanners and community health: aggregates, never what anyone wrote")
class ConstellationViewsApi {

	/**
	 * @param links
	 *            the links asked for ({@code linksShown}) of the {@code linksTotal}
	 *            the communities chosen have
	 */
	record Constellation(List<Ref> levels, List<MapCommunity> communities, List<MapLink> links,
			boolean issueLinksIncluded, int totalCommunities, LinkChoice linksShown, int linksTotal) {
	}

	record LevelCell(long issueId, long levelId, int communities, int members, int recentPosts) {
	}

	record GroupCell(long issueId, long stakeholderGroupId, int members, int communitiesAsking,
			int communitiesLacking) {
	}

	record CoverageAnswer(List<Ref> levels, List<Ref> stakeholderGroups, List<Ref> issues, List<LevelCell> byLevel,
			List<GroupCell> byStakeholderGroup, int communitiesWithGaps) {
	}

	record Spanners(List<SpannerView> spanners, int page, int size, long totalElements, int totalPages) {
	}

	record Health(long communityId, String name, Stage stage, int members, Map<Participation, Integer> participation,
			int recentPosts, int earlierPosts, List<Integer> weeklyPosts, Instant firstWeek, int charterAnswered,
			List<CharterQuestion> charterUnanswered, int gatheringsHeldRecently, Instant lastGathering,
			Instant nextGathering, int partnershipsMeeting, int partnershipSessionsHeld,
			List<CommunityHealth.Attention> attention) {
	}

	private final ConstellationService constellation;
	private final MapPictures pictures;
	private final CoverageCsv csv;

	/**
	 * Coverage is the same object for as long as its snapshot, so it is kept
	 * written as JSON, and gzipped, until the next one: at national scale it holds
	 * thousands of cells, and writing them for every call was most of its cost.
	 */
	private final KeptJson coverage;
	private final KeptJson healthOfAll;
	private final KeptJson healthNeedingAttention;

	/**
	 * The whole map's answers, one for each choice of links, kept as coverage is.
	 */
	private final Map<LinkChoice, KeptJson> wholeMap = new EnumMap<>(LinkChoice.class);
	private final JsonMapper json;

	ConstellationViewsApi(ConstellationService constellation, MapPictures pictures, CoverageCsv csv, JsonMapper json) {
		this.coverage = new KeptJson(json);
		this.healthOfAll = new KeptJson(json);
		this.healthNeedingAttention = new KeptJson(json);
		this.json = json;
		for (LinkChoice choice : LinkChoice.values()) {
			wholeMap.put(choice, new KeptJson(json));
		}
		this.constellation = constellation;
		this.pictures = pictures;
		this.csv = csv;
	}

	@GetMapping(value = "/constellation", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The map: communities with the levels they span (broadest first) and the links between them — shared members (the weight) and shared issues. By default only each community's two strongest ties through shared members (`links=STRONGEST`; `MORE`: five each; `ALL`: every link, shared issues too, which are included when at most 300 communities are chosen), with `linksTotal` saying how many there are: at national scale every link is half a million of them", responses = @ApiResponse(responseCode = "200", description = "The map", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = Constellation.class))))
	ResponseEntity<byte[]> map(@RequestParam(required = false) Long issueId,
			@RequestParam(required = false) Long stakeholderGroupId, @RequestParam(required = false) Long placeId,
			@RequestParam(required = false) Stage stage,
			@RequestParam(defaultValue = "1") @Min(1) @Max(1000) int minSharedMembers,
			@RequestParam(defaultValue = "STRONGEST") LinkChoice links,
			@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
		var filter = new MapFilter(issueId, stakeholderGroupId, placeId, stage, minSharedMembers);
		var view = constellation.map(filter);
		// the whole map is one object per snapshot: its answers are written and
		// gzipped once, one for each choice of links
		KeptJson kept = filter.any() || minSharedMembers > 1 ? new KeptJson(json) : wholeMap.get(links);
		return kept.answer(view, () -> constellationOf(view, links), acceptEncoding);
	}

	/**
	 * The answers every reader is given the same (the whole map with its strongest
	 * ties, coverage, every community's health) are written for the first snapshot
	 * as soon as it is built at start, not by the first reader: at national scale
	 * the first call of the map waited 1.6 s for its 1.9 MB of JSON.
	 */
	@EventListener(ConstellationRefreshed.class)
	void prepare() {
		map(null, null, null, null, 1, LinkChoice.STRONGEST, "gzip");
		coverage("gzip");
		health(false, "gzip");
	}

	private static Constellation constellationOf(ConstellationService.MapView view, LinkChoice choice) {
		List<MapLink> shown = choice == LinkChoice.ALL
				? view.links()
				: ConstellationService.strongestTies(view.links(), choice.each());
		return new Constellation(view.levels(), view.communities(), shown,
				choice == LinkChoice.ALL && view.issueLinks(), view.totalCommunities(), choice, view.links().size());
	}

	record Figures(int communities, int practitioners, int crossLevelCommunities, int memberLinks,
			int linksAcrossLevels, int linksAcrossLevelsPercent, int gaps) {
	}

	@GetMapping("/constellation/figures")
	@Operation(summary = "The figures above the map, for the communities the same filters choose: how many, the practitioners taking part in them, how many span more than one level, the links through shared members and how many of them join communities that do not work at the same levels (and the share in whole percent), and the gaps of coverage (an issue with no community at a level; of the chosen issue and its sub-issues when one is chosen)")
	Figures figures(@RequestParam(required = false) Long issueId,
			@RequestParam(required = false) Long stakeholderGroupId, @RequestParam(required = false) Long placeId,
			@RequestParam(required = false) Stage stage) {
		MapFigures f = constellation.figures(new MapFilter(issueId, stakeholderGroupId, placeId, stage, 1));
		return new Figures(f.communities(), f.practitioners(), f.crossLevelCommunities(), f.memberLinks(),
				f.linksAcrossLevels(), f.linksAcrossLevelsPercent(), f.gaps());
	}

	@GetMapping("/constellation/map.svg")
	@Operation(summary = "The map as a standalone SVG for slides, as the page draws it: its title, figures and key, every style on its element. links=STRONGEST (each community's two strongest ties through shared members, the default), MORE (five each) or ALL", responses = @ApiResponse(responseCode = "200", description = "The picture, to save", content = @Content(mediaType = "image/svg+xml")))
	ResponseEntity<String> mapSvg(@RequestParam(required = false) Long issueId,
			@RequestParam(required = false) Long stakeholderGroupId, @RequestParam(required = false) Long placeId,
			@RequestParam(required = false) Stage stage, @RequestParam(defaultValue = "STRONGEST") LinkChoice links,
			Locale locale) {
		String svg = pictures.svg(new MapFilter(issueId, stakeholderGroupId, placeId, stage, 1), links, locale);
		return ResponseEntity.ok().contentType(new MediaType("image", "svg+xml", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"constellation-map.svg\"").body(svg);
	}

	@GetMapping("/constellation/map.png")
	@Operation(summary = "The same picture as a PNG, twice the SVG's size", responses = @ApiResponse(responseCode = "200", description = "The picture, to save", content = @Content(mediaType = MediaType.IMAGE_PNG_VALUE)))
	ResponseEntity<byte[]> mapPng(@RequestParam(required = false) Long issueId,
			@RequestParam(required = false) Long stakeholderGroupId, @RequestParam(required = false) Long placeId,
			@RequestParam(required = false) Stage stage, @RequestParam(defaultValue = "STRONGEST") LinkChoice links,
			Locale locale) {
		byte[] png = pictures.png(new MapFilter(issueId, stakeholderGroupId, placeId, stage, 1), links, locale);
		return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"constellation-map.png\"").body(png);
	}

	@GetMapping(value = "/coverage", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Issues × levels (communities, distinct members, posts in the last 13 weeks) and issues × stakeholder groups (members, communities asking for the group and those lacking it); a missing cell is a gap. And how many communities have gaps of their own (listed by GET /api/v1/coverage/gaps)", responses = @ApiResponse(responseCode = "200", description = "The coverage", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = CoverageAnswer.class))))
	ResponseEntity<byte[]> coverage(
			@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
		CoverageView view = constellation.coverage();
		return coverage.answer(view, () -> coverageOf(view), acceptEncoding);
	}

	private static CoverageAnswer coverageOf(CoverageView view) {
		List<LevelCell> byLevel = view.rows().stream().flatMap(r -> r.levels().stream())
				.filter(java.util.Objects::nonNull)
				.map(c -> new LevelCell(c.issueId(), c.levelId(), c.communities(), c.members(), c.recentPosts()))
				.toList();
		List<GroupCell> byGroup = view.rows().stream().flatMap(r -> r.groups().stream())
				.filter(java.util.Objects::nonNull).map(c -> new GroupCell(c.issueId(), c.groupId(), c.members(),
						c.communitiesAsking(), c.communitiesLacking()))
				.toList();
		return new CoverageAnswer(view.levels(), view.groups(),
				view.rows().stream().map(ConstellationService.CoverageRow::issue).toList(), byLevel, byGroup,
				view.gaps().size());
	}

	@GetMapping("/coverage/gaps")
	@Operation(summary = "The communities missing someone their charter asks for, a page at a time: the stakeholder groups and levels it asks for that none of its members brings")
	PagedModel<GapView> coverageGaps(@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
		return new PagedModel<>(constellation.coverage().gaps(PageRequest.of(page, size)));
	}

	@GetMapping("/coverage.csv")
	@Operation(summary = "Coverage as CSV: view=levels (issue, level, communities, members, recent posts) or view=stakeholders (issue, stakeholder group, members, asking, lacking)")
	ResponseEntity<String> coverageCsv(@RequestParam(defaultValue = "levels") String view) {
		CoverageCsv.Export export = csv.export(view);
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + export.filename() + "\"")
				.body(export.body());
	}

	@GetMapping("/boundary-spanners")
	@Operation(summary = "The people who connect communities across levels, most first, by cross-level betweenness on the membership network (stewards and conveners; see docs/boundary-spanners.md)")
	Spanners boundarySpanners(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
		Page<SpannerView> found = constellation.boundarySpanners(me, PageRequest.of(page, size));
		return new Spanners(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

	@GetMapping(value = "/community-health", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Every community's health, those that need attention first, each with the reasons", responses = @ApiResponse(responseCode = "200", description = "Each community's health", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = Health.class)))))
	ResponseEntity<byte[]> health(@RequestParam(defaultValue = "false") boolean needingAttention,
			@RequestHeader(name = HttpHeaders.ACCEPT_ENCODING, required = false) String acceptEncoding) {
		// one list per snapshot: its two answers are written and gzipped once, as
		// coverage is (every community's weeks of posts: megabytes at national scale)
		List<CommunityHealth> all = constellation.health();
		return (needingAttention ? healthNeedingAttention : healthOfAll).answer(all, () -> {
			Instant firstWeek = constellation.weeks().getFirst();
			return all.stream().filter(h -> !needingAttention || h.needsAttention()).map(h -> health(h, firstWeek))
					.toList();
		}, acceptEncoding);
	}

	@GetMapping("/communities/{id}/health")
	@Operation(summary = "One community's health: activity by week over half a year, participation, stage, charter, rhythm and what needs attention")
	Health health(@PathVariable long id) {
		return health(constellation.health(id), constellation.weeks().getFirst());
	}

	private static Health health(CommunityHealth h, Instant firstWeek) {
		return new Health(h.communityId(), h.name(), h.stage(), h.members(), h.pyramid(), h.recentPosts(),
				h.earlierPosts(), java.util.Arrays.stream(h.weeklyPosts()).boxed().toList(), firstWeek,
				h.charterAnswered(), List.copyOf(h.unanswered()), h.gatherings().heldInWindow(),
				h.gatherings().lastHeld(), h.gatherings().next(), h.partnerships().meeting(),
				h.partnerships().sessionsHeld(), h.attention());
	}
}
