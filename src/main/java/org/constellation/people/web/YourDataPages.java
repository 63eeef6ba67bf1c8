package org.constellation.people.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.YourData;
import org.constellation.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Your data": download everything, or delete the account. */
@Controller
class YourDataPages {

	private final YourData yourData;

	YourDataPages(YourData yourData) {
		this.yourData = yourData;
	}

	@GetMapping("/profile/data")
	String page(Model model) {
		model.addAttribute("section", "account");
		return "people/your-data";
	}

	@GetMapping("/profile/data/download")
	ResponseEntity<Map<String, Object>> download(@AuthenticationPrincipal AccountPrincipal me) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(yourData.fileName(me)).build().toString())
				.body(yourData.export(me));
	}

	@PostMapping("/profile/data/delete")
	String delete(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "") String password,
			HttpServletRequest request, Model model) {
		try {
			yourData.deleteAccount(me, password);
		} catch (InvalidInputException e) {
			model.addAttribute("passwordError", e.getMessage());
			return page(model);
		}
		SecurityContextHolder.clearContext();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		return "redirect:/sign-in?accountDeleted";
	}
}
