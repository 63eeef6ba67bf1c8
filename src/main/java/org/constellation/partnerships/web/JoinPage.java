package org.constellation.partnerships.web;

import java.util.Map;
import org.constellation.partnerships.PartnerStatus;
import org.constellation.partnerships.PartnershipService;
import org.constellation.people.AccountPrincipal;
import org.constellation.portfolio.Portfolio;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Asking to join a partnership that welcomes requests: what someone outside
 * sees of it, and the note they send.
 */
@Controller
class JoinPage {

	/**
	 * What the page shows, read whole inside one transaction: the partnership's
	 * issues are loaded lazily, and reading them while the page was drawn (after
	 * the service's transaction had ended) answered 500 to everyone who followed
	 * the link.
	 */
	record JoinView(long id, String focus, String context, long partnerCount, PartnerStatus myStatus,
			String communityName, Map<Long, String> issues) {
	}

	private final PartnershipService partnerships;
	private final Portfolio portfolio;
	private final TransactionTemplate reading;

	JoinPage(PartnershipService partnerships, Portfolio portfolio, PlatformTransactionManager transactions) {
		this.partnerships = partnerships;
		this.portfolio = portfolio;
		this.reading = new TransactionTemplate(transactions);
		this.reading.setReadOnly(true);
	}

	@ModelAttribute("section")
	String section() {
		return "partnerships";
	}

	@GetMapping("/partnerships/{id}/join")
	String joinForm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id, Model model) {
		if (partnerships.isPartnerOrPending(me, id)) {
			return "redirect:/partnerships/" + id;
		}
		model.addAttribute("s", reading.execute(status -> {
			var summary = partnerships.openOne(me, id);
			var p = summary.partnership();
			return new JoinView(p.getId(), p.getFocus(), p.getContext(), summary.partnerCount(), summary.myStatus(),
					summary.communityName(), portfolio.issueNames(p.getIssueIds()));
		}));
		return "partnerships/join";
	}
}
