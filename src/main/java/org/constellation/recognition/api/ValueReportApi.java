package org.constellation.recognition.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.recognition.Chart;
import org.constellation.recognition.EndorsementView;
import org.constellation.recognition.Footprint;
import org.constellation.recognition.ValueCycle;
import org.constellation.recognition.ValueReport;
import org.constellation.recognition.ValueReports;
import org.constellation.recognition.ValueStoryView;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The report for sponsors over HTTP: the stories made visible, counted per
 * cycle and month, and as CSV.
 */
@RestController
@Tag(name = "Value report", description = "The value created, for sponsors: the stories their authors made visible, counted per value cycle and per month, with the conveners' footprints; of one community or of the whole constellation")
class ValueReportApi {

	/**
	 * {@code stories} is one page of them, newest first ({@code page} and
	 * {@code size} as asked, {@code storyCount} in all; the CSV gives them whole).
	 */
	record Report(Long communityId, String communityName, long storyCount, Map<ValueCycle, Long> countsPerCycle,
			List<Chart.Entry> storiesPerMonth, PagedModel<ValueStoryView> stories, List<Footprint> conveners,
			List<EndorsementView> endorsements) {
	}

	private final ValueReports reports;
	private final People people;

	ValueReportApi(ValueReports reports, People people) {
		this.reports = reports;
		this.people = people;
	}

	@GetMapping("/api/v1/value-report")
	@Operation(summary = "The report of a community, or of the whole constellation without communityId; its stories a page at a time, newest first")
	Report report(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(required = false) Long communityId,
			@ParameterObject @PageableDefault(size = ValueReports.STORIES_SHOWN) Pageable stories) {
		ValueReport r = reports.report(me, communityId, ZoneId.of(people.timeZoneOf(me.practitionerId())),
				PageRequest.of(stories.getPageNumber(), stories.getPageSize()));
		return new Report(r.communityId(), r.communityName(), r.storyCount(), r.perCycle(), r.perMonth(),
				new PagedModel<>(r.stories()), r.conveners(), r.endorsements());
	}

	@GetMapping("/api/v1/value-report.csv")
	@Operation(summary = "The stories of the report as CSV, one row per story")
	ResponseEntity<String> csv(@AuthenticationPrincipal AccountPrincipal me,
			@RequestParam(required = false) Long communityId) {
		return csvResponse(reports.csv(communityId), reports.csvFileName(communityId));
	}

	static ResponseEntity<String> csvResponse(String csv, String fileName) {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName).build().toString())
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)).body(csv);
	}
}
