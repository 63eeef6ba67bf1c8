package org.constellation.recognition;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.constellation.communities.CommunityService;
import org.constellation.people.AccountPrincipal;
import org.constellation.shared.Csv;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Pages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports for sponsors, per community and for the whole constellation. They
 * hold only the stories their authors made visible, whoever reads them, so a
 * report can be printed and handed on; never partnership content, never what
 * members write inside a community.
 */
@Service
@Transactional(readOnly = true)
public class ValueReports {

	static final int MONTHS_SHOWN = 24;
	static final int CONVENERS_SHOWN = 20;
	/**
	 * Stories per page of a report, newest first: a national report holds
	 * thousands, which the CSV gives whole.
	 */
	public static final int STORIES_SHOWN = 25;
	static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

	private final ValueStories stories;
	private final ValueStoryService storyService;
	private final SocialArtists artists;
	private final EndorsementService endorsements;
	private final CommunityService communities;
	private final MessageSource messages;

	/**
	 * Each CSV written, kept for {@code constellation.recognition.reports-kept-for}
	 * (30 s) per community and language. A report holds only what every reader may
	 * see, so one written copy serves them all; at national scale the
	 * constellation's CSV is thousands of rows, written again for every download.
	 */
	private record CsvKey(Long communityId, Locale locale) {
	}

	private final Cache<CsvKey, String> keptCsv;

	/**
	 * A report's counts per cycle and per month, kept as its CSV is, per community
	 * and the reader's time zone (the months are the reader's): they count only the
	 * stories made visible, the same for every reader, and at national scale read
	 * every such story's date (4,365) on every request. The page of stories, the
	 * conveners and the endorsements are read live.
	 */
	private record Tally(Map<ValueCycle, Long> perCycle, long stories, List<Chart.Entry> perMonth) {
	}

	private record TallyKey(Long communityId, ZoneId zone) {
	}

	private final Cache<TallyKey, Tally> keptTallies;

	ValueReports(ValueStories stories, ValueStoryService storyService, SocialArtists artists,
			EndorsementService endorsements, CommunityService communities, MessageSource messages,
			@Value("${constellation.recognition.reports-kept-for:PT30S}") Duration keptFor) {
		this.keptCsv = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(keptFor).build();
		this.keptTallies = Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(keptFor).build();
		this.stories = stories;
		this.storyService = storyService;
		this.artists = artists;
		this.endorsements = endorsements;
		this.communities = communities;
		this.messages = messages;
	}

	/**
	 * The report of a community, or of the whole constellation when
	 * {@code communityId} is null; months are the reader's.
	 */
	public ValueReport report(AccountPrincipal viewer, Long communityId, ZoneId zone, Pageable storyPage) {
		String name = communityId == null ? null : communityName(communityId);
		Tally tally = keptTallies.get(new TallyKey(communityId, zone), key -> tally(key.communityId(), key.zone()));
		Map<ValueCycle, Long> perCycle = tally.perCycle();
		List<Chart.Entry> perMonth = tally.perMonth();
		Page<ValueStoryView> visible = Pages.counted(storyService.visible(viewer, communityId, storyPage),
				tally.stories());
		List<Long> convenerIds = communityId == null
				? artists.list(PageRequest.of(0, CONVENERS_SHOWN)).map(Footprint::practitionerId).getContent()
				: communities.convenerIds(communityId);
		Map<Long, Footprint> footprints = artists.footprints(convenerIds);
		List<Footprint> conveners = convenerIds.stream().map(footprints::get)
				.sorted(Comparator.comparing(Footprint::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
		List<EndorsementView> endorsed = communityId == null
				? endorsements.recent(viewer, PageRequest.of(0, 20)).getContent()
				: endorsements.ofAll(viewer, convenerIds);
		Locale locale = LocaleContextHolder.getLocale();
		Chart cycleChart = Chart.columns(perCycle.entrySet().stream()
				.map(e -> new Chart.Entry(messages.getMessage("recognition.cycle." + e.getKey(), null, locale),
						e.getValue()))
				.toList());
		return new ValueReport(communityId, name, visible.getTotalElements(), perCycle, perMonth, cycleChart,
				Chart.columns(perMonth), visible, conveners, endorsed);
	}

	private Tally tally(Long communityId, ZoneId zone) {
		Map<ValueCycle, Long> perCycle = new EnumMap<>(ValueCycle.class);
		for (ValueCycle c : ValueCycle.values()) {
			perCycle.put(c, 0L);
		}
		(communityId == null ? stories.visibleCountsPerCycle() : stories.visibleCountsPerCycleIn(communityId))
				.forEach(r -> perCycle.put((ValueCycle) r[0], (Long) r[1]));
		List<Instant> written = communityId == null
				? stories.visibleWrittenAt()
				: stories.visibleWrittenAtIn(communityId);
		return new Tally(Collections.unmodifiableMap(perCycle), written.size(), List.copyOf(perMonth(written, zone)));
	}

	/**
	 * Stories per month from the first month with a story to now (the last
	 * {@link #MONTHS_SHOWN} at most), months without one included.
	 */
	static List<Chart.Entry> perMonth(List<Instant> written, ZoneId zone) {
		if (written.isEmpty()) {
			return List.of();
		}
		TreeMap<YearMonth, Long> counts = written.stream().collect(
				Collectors.groupingBy(i -> YearMonth.from(i.atZone(zone)), TreeMap::new, Collectors.counting()));
		YearMonth last = counts.lastKey();
		YearMonth first = counts.firstKey().isBefore(last.minusMonths(MONTHS_SHOWN - 1))
				? last.minusMonths(MONTHS_SHOWN - 1)
				: counts.firstKey();
		List<Chart.Entry> months = new ArrayList<>();
		for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
			months.add(new Chart.Entry(MONTH.format(m), counts.getOrDefault(m, 0L)));
		}
		return months;
	}

	/**
	 * One row per story made visible: what a sponsor's spreadsheet needs, every
	 * story of the report (its page shows them {@link #STORIES_SHOWN} at a time).
	 */
	public String csv(Long communityId) {
		if (communityId != null) {
			communityName(communityId);
		}
		Locale locale = LocaleContextHolder.getLocale();
		return keptCsv.get(new CsvKey(communityId, locale), _ -> csv(communityId, locale));
	}

	private String csv(Long communityId, Locale locale) {
		List<List<String>> rows = storyService.visibleRows(communityId).stream()
				.map(s -> List.of(String.valueOf(s.id()), s.communityName(), s.title(),
						s.cycles().stream().map(c -> messages.getMessage("recognition.cycle." + c, null, locale))
								.collect(Collectors.joining("; ")),
						String.join("; ", s.issueNames()), s.authorName(), s.createdAt().toString()))
				.toList();
		return Csv.table(List.of("id", "community", "title", "cycles", "issues", "author", "created"), rows);
	}

	/**
	 * The file name of a download: the community's name made safe, or the
	 * constellation's.
	 */
	public String csvFileName(Long communityId) {
		if (communityId == null) {
			return "value-report-constellation.csv";
		}
		String slug = communityName(communityId).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
				.replaceAll("(^-|-$)", "");
		return "value-report-" + (slug.isEmpty() ? String.valueOf(communityId) : slug) + ".csv";
	}

	/** The community's name, or 404 for a community that does not exist. */
	private String communityName(long communityId) {
		String name = communities.name(communityId);
		if (name == null) {
			throw new NotFoundException("Community " + communityId);
		}
		return name;
	}
}
