package org.constellation.recognition.web;

import java.time.ZoneId;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.recognition.ValueCycle;
import org.constellation.recognition.ValueReports;
import org.constellation.shared.web.Paging;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The printable reports for sponsors, of a community and of the whole
 * constellation, and their CSV downloads.
 */
@Controller
class ValueReportPages {

	private final ValueReports reports;
	private final People people;

	ValueReportPages(ValueReports reports, People people) {
		this.reports = reports;
		this.people = people;
	}

	@GetMapping("/communities/{id}/value/report")
	String communityReport(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("section", "communities");
		return show(me, id, page, model);
	}

	@GetMapping("/value/report")
	String report(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("section", "value-report");
		return show(me, null, page, model);
	}

	private String show(AccountPrincipal me, Long communityId, int page, Model model) {
		model.addAttribute("report", reports.report(me, communityId, ZoneId.of(people.timeZoneOf(me.practitionerId())),
				Paging.of(page, ValueReports.STORIES_SHOWN).pageable()));
		model.addAttribute("baseUrl",
				communityId == null ? "/value/report" : "/communities/" + communityId + "/value/report");
		model.addAttribute("cycles", ValueCycle.values());
		return "recognition/report";
	}

	@GetMapping("/communities/{id}/value/report.csv")
	@ResponseBody
	ResponseEntity<String> communityCsv(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return csv(reports.csv(id), reports.csvFileName(id));
	}

	@GetMapping("/value/report.csv")
	@ResponseBody
	ResponseEntity<String> csv(@AuthenticationPrincipal AccountPrincipal me) {
		return csv(reports.csv(null), reports.csvFileName(null));
	}

	private static ResponseEntity<String> csv(String csv, String fileName) {
		return ResponseEntity.ok()
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(fileName).build().toString())
				.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)).body(csv);
	}
}
