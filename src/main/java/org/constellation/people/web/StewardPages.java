package org.constellation.people.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.people.Role;
import org.constellation.people.YourData;
import org.constellation.people.YourData.DeletedAccount;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.web.Flash;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Stewards give accounts their roles, and after restoring an older backup
 * delete again the accounts deleted since it was taken.
 */
@Controller
class StewardPages {

	/**
	 * A line of the list of deleted accounts: the number, then when it was deleted.
	 */
	private static final Pattern DELETED_ACCOUNT = Pattern.compile("([0-9]{1,18})[\\s,;]+(\\S+)");

	private final AccountService accounts;
	private final YourData yourData;

	StewardPages(AccountService accounts, YourData yourData) {
		this.accounts = accounts;
		this.yourData = yourData;
	}

	@GetMapping("/steward/accounts")
	String accounts(@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("section", "steward");
		model.addAttribute("page", accounts.accounts(Paging.of(page, 50).pageable()));
		model.addAttribute("roles", Role.values());
		return "people/steward-accounts";
	}

	@PostMapping("/steward/accounts/{id}/roles")
	String roles(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@RequestParam(required = false) Set<Role> roles, @RequestParam(defaultValue = "0") int page,
			RedirectAttributes redirect) {
		try {
			var account = accounts.changeRoles(me, id, roles == null ? EnumSet.noneOf(Role.class) : roles);
			redirect.addFlashAttribute("flash", new Flash("flash.roles.saved", account.getEmail()));
		} catch (InvalidInputException e) {
			redirect.addFlashAttribute("problem", e.getMessage());
		}
		return "redirect:/steward/accounts?page=" + page;
	}

	@GetMapping("/steward/deletions")
	String deletions(Model model) {
		model.addAttribute("section", "steward");
		model.addAttribute("deletedHere", yourData.deletedAccountCount());
		return "people/steward-deletions";
	}

	/**
	 * The accounts deleted here, one a line (the number, then when it was deleted),
	 * to keep before a restore.
	 */
	@GetMapping("/steward/deletions/deleted-accounts.txt")
	ResponseEntity<String> deletedAccounts() {
		String lines = yourData.deletedAccounts().stream().map(d -> d.id() + " " + d.deletedAt())
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
		List<DeletedAccount> deletions = List.of();
		try {
			deletions = deletedAccounts(accountIds);
		} catch (InvalidInputException e) {
			problems.put("accountIds", e.getMessage());
		}
		if (deletions.isEmpty() && problems.isEmpty()) {
			problems.put("accountIds", "Paste the list of the accounts deleted, downloaded before the restore.");
		}
		if (!restored) {
			problems.put("restored", "Tick the box to confirm that this copy was restored from an older backup.");
		}
		if (problems.isEmpty()) {
			try {
				var done = yourData.deleteAgain(deletions);
				redirect.addFlashAttribute("flash", new Flash("flash.deletions.done", done.deleted().size(),
						done.alreadyDeleted().size(), done.unknown().size(), done.madeAfterTheDeletion().size()));
				return "redirect:/steward/deletions";
			} catch (InvalidInputException e) {
				// the service names its own field; on this page the list is the one field
				problems.put("accountIds", e.getMessage());
			}
		}
		model.addAttribute("accountIdsError", problems.get("accountIds"));
		model.addAttribute("restoredError", problems.get("restored"));
		model.addAttribute("accountIds", accountIds);
		return deletions(model);
	}

	/**
	 * The list pasted: a line for each account, its number then when it was
	 * deleted, as the download gives them.
	 */
	private static List<DeletedAccount> deletedAccounts(String pasted) {
		List<DeletedAccount> accounts = new ArrayList<>();
		for (String line : pasted.strip().split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			Matcher m = DELETED_ACCOUNT.matcher(line.strip());
			Instant at = m.matches() ? deletedAt(m.group(2)) : null;
			if (at == null) {
				String shown = line.strip().length() > 40 ? line.strip().substring(0, 40) + "\u2026" : line.strip();
				throw new InvalidInputException("accountIds", "\u201c" + shown
						+ "\u201d is not a line of the list: each line is an account number and when it was deleted, "
						+ "such as 1042 2026-11-30T09:15:00Z.");
			}
			accounts.add(new DeletedAccount(Long.parseLong(m.group(1)), at));
		}
		return accounts;
	}

	private static Instant deletedAt(String typed) {
		try {
			return Instant.parse(typed);
		} catch (DateTimeParseException e) {
			return null;
		}
	}
}
