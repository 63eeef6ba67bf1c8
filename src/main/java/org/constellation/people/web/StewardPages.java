package org.constellation.people.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.People;
import org.constellation.people.Role;
import org.constellation.people.YourData;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.web.Flash;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stewards give accounts their roles, and after restoring an older backup
 * delete again the accounts deleted since it was taken.
 */
@Controller
class StewardPages {

	private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");
	private static final Pattern ACCOUNT_NUMBER = Pattern.compile("[0-9]{1,18}");

	private final People people;
	private final YourData yourData;

	StewardPages(People people, YourData yourData) {
		this.people = people;
		this.yourData = yourData;
	}

	@GetMapping("/steward/accounts")
	String accounts(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("section", "steward");
		model.addAttribute("page", people.accounts(PageRequest.of(Math.max(page, 0), 50)));
		model.addAttribute("roles", Role.values());
		return "people/steward-accounts";
	}

	@PostMapping("/steward/accounts/{id}/roles")
	String roles(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Set<Role> roles, @RequestParam(defaultValue = "0") int page,
			RedirectAttributes redirect) {
		try {
			var account = people.changeRoles(me, id, roles == null ? EnumSet.noneOf(Role.class) : roles);
			redirect.addFlashAttribute("flash", new Flash("flash.roles.saved", account.getEmail()));
		} catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/steward/accounts?page=" + page;
	}

	@GetMapping("/steward/deletions")
	String deletions(Model model) {
		model.addAttribute("section", "steward");
		model.addAttribute("deletedHere", yourData.deletedAccountIds().size());
		return "people/steward-deletions";
	}

	/**
	 * The numbers of the accounts deleted here, one a line, to keep before a
	 * restore.
	 */
	@GetMapping("/steward/deletions/deleted-accounts.txt")
	ResponseEntity<String> deletedAccounts() {
		String lines = yourData.deletedAccountIds().stream().map(String::valueOf)
				.collect(Collectors.joining("\n", "", "\n"));
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("deleted-accounts.txt").build().toString())
				.body(lines);
	}

	@PostMapping("/steward/deletions")
	String deleteAgain(@RequestParam(defaultValue = "") String accountIds,
			@RequestParam(defaultValue = "false") boolean restored, Model model, RedirectAttributes redirect) {
		Map<String, String> problems = new LinkedHashMap<>();
		List<Long> numbers = List.of();
		try {
			numbers = accountNumbers(accountIds);
		} catch (InvalidInputException e) {
			problems.put(e.field(), e.getMessage());
		}
		if (numbers.isEmpty() && problems.isEmpty()) {
			problems.put("accountIds", "Paste the numbers of the accounts deleted since the backup was taken.");
		}
		if (!restored) {
			problems.put("restored", "Tick the box to confirm that this copy was restored from an older backup.");
		}
		if (problems.isEmpty()) {
			try {
				var done = yourData.deleteAgain(numbers);
				redirect.addFlashAttribute("flash", new Flash("flash.deletions.done", done.deleted().size(),
						done.alreadyDeleted().size(), done.unknown().size()));
				return "redirect:/steward/deletions";
			} catch (InvalidInputException e) {
				problems.put(e.field(), e.getMessage());
			}
		}
		model.addAttribute("accountIdsError", problems.get("accountIds"));
		model.addAttribute("restoredError", problems.get("restored"));
		model.addAttribute("accountIds", accountIds);
		return deletions(model);
	}

	/**
	 * The numbers typed or pasted: one a line, or separated by commas or spaces.
	 */
	private static List<Long> accountNumbers(String typed) {
		List<Long> numbers = new ArrayList<>();
		for (String part : SEPARATORS.split(typed.strip())) {
			if (part.isEmpty()) {
				continue;
			}
			if (!ACCOUNT_NUMBER.matcher(part).matches()) {
				throw new InvalidInputException("accountIds",
						"\u201c" + (part.length() > 20 ? part.substring(0, 20) + "\u2026" : part)
								+ "\u201d is not an account number: give whole numbers such as 1042.");
			}
			numbers.add(Long.parseLong(part));
		}
		return numbers;
	}
}
