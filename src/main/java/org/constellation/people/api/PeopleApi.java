package org.constellation.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.constellation.people.AccessToken;
import org.constellation.people.AccessTokenService;
import org.constellation.people.Account;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.AccountService;
import org.constellation.people.AvailabilityWindow;
import org.constellation.people.Directory;
import org.constellation.people.DirectoryQuery;
import org.constellation.people.NewAccessToken;
import org.constellation.people.PasswordService;
import org.constellation.people.Practitioner;
import org.constellation.people.PractitionerSummary;
import org.constellation.people.ProfileDraft;
import org.constellation.people.ProfileService;
import org.constellation.people.ReportingLine;
import org.constellation.people.ReportingLineService;
import org.constellation.people.ReportingLineStatus;
import org.constellation.people.ReportingRelation;
import org.constellation.people.Role;
import org.constellation.people.SignUpDraft;
import org.constellation.shared.Versions;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Accounts, profiles, the directory, reporting lines and tokens over HTTP. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "Accounts, practitioner profiles, the directory, reporting lines and access tokens")
class PeopleApi {

	record Me(Long accountId, String email, Set<Role> roles, Long practitionerId, String displayName) {
	}

	record Profile(Long id, String displayName, Set<Long> stakeholderGroupIds, List<String> affiliations,
			Long homePlaceId, String practiceContext, String expertise, Set<Long> concernIds, List<String> languages,
			String timeZone, List<AvailabilityWindow> availability, boolean openToPartnership, int partnershipCapacity,
			long version) {
		static Profile of(Practitioner p) {
			return new Profile(p.getId(), p.getDisplayName(), p.getStakeholderGroupIds(), p.getAffiliations(),
					p.getHomePlaceId(), p.getPracticeContext(), p.getExpertise(), p.getConcernIds(), p.getLanguages(),
					p.getTimeZone(), p.getAvailability(), p.isOpenToPartnership(), p.getPartnershipCapacity(),
					p.getVersion());
		}
	}

	record PractitionerDetail(PractitionerSummary summary, String practiceContext,
			List<AvailabilityWindow> availability) {
	}

	record SignedUp(Long accountId, Long practitionerId, String email) {
	}

	record ResetRequest(String email) {
	}

	record NewPassword(String password) {
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

	record TokenRequest(String name) {
	}

	record TokenView(Long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
		static TokenView of(AccessToken t) {
			return new TokenView(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt());
		}
	}

	record LineRequest(@NotNull(message = "Choose the other practitioner") Long otherPractitionerId,
			@NotNull(message = "Say who supervises whom: I_SUPERVISE or SUPERVISES_ME") ReportingRelation relation) {
	}

	record LineView(Long id, Long supervisorId, Long superviseeId, Long declaredById, ReportingLineStatus status,
			Instant declaredAt, Instant decidedAt) {
		static LineView of(ReportingLine l) {
			return new LineView(l.getId(), l.getSupervisorId(), l.getSuperviseeId(), l.getDeclaredById(), l.getStatus(),
					l.getDeclaredAt(), l.getDecidedAt());
		}
	}

	record AccountView(Long id, String email, Set<Role> roles, Instant createdAt) {
		static AccountView of(Account a) {
			return new AccountView(a.getId(), a.getEmail(), a.getRoles(), a.getCreatedAt());
		}
	}

	record RolesRequest(@NotEmpty(message = "An account needs at least one role") Set<Role> roles) {
	}

	private final AccountService accounts;
	private final PasswordService passwords;
	private final AccessTokenService tokens;
	private final ProfileService profiles;
	private final Directory directory;
	private final ReportingLineService reportingLines;

	PeopleApi(AccountService accounts, PasswordService passwords, AccessTokenService tokens, ProfileService profiles,
			Directory directory, ReportingLineService reportingLines) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.tokens = tokens;
		this.profiles = profiles;
		this.directory = directory;
		this.reportingLines = reportingLines;
	}

	@GetMapping("/me")
	@Operation(summary = "The account making the call, its roles and its practitioner")
	Me me(@AuthenticationPrincipal AccountPrincipal me) {
		Account account = accounts.account(me.accountId());
		String name = me.practitionerId() == null ? null : profiles.practitioner(me.practitionerId()).getDisplayName();
		return new Me(account.getId(), account.getEmail(), account.getRoles(), me.practitionerId(), name);
	}

	@GetMapping("/me/profile")
	@Operation(summary = "Your own practitioner profile")
	Profile myProfile(@AuthenticationPrincipal AccountPrincipal me) {
		return Profile.of(profiles.myProfile(me));
	}

	@PutMapping("/me/profile")
	@Operation(summary = "Replace your profile; send the version you read to avoid overwriting a change made meanwhile")
	Profile updateProfile(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody ProfileDraft draft) {
		Versions.required(draft.version());
		return Profile.of(profiles.updateProfile(me, draft));
	}

	@GetMapping("/practitioners")
	@Operation(summary = "The directory: search by name or expertise, filter by group, place (and places within), level, issue")
	PagedModel<PractitionerSummary> practitioners(@AuthenticationPrincipal AccountPrincipal me,
			@ParameterObject DirectoryQuery query,
			@ParameterObject @PageableDefault(size = 24, sort = "displayName") Pageable pageable) {
		// a tie-breaker keeps pages stable when names repeat
		var page = directory.directory(me, query, org.springframework.data.domain.PageRequest
				.of(pageable.getPageNumber(), pageable.getPageSize(), pageable.getSort().and(Sort.by("id"))));
		return new PagedModel<>(new org.springframework.data.domain.PageImpl<>(directory.summaries(page.getContent()),
				page.getPageable(), page.getTotalElements()));
	}

	@GetMapping("/practitioners/{id}")
	@Operation(summary = "A practitioner's profile as others see it (never their email)")
	PractitionerDetail practitioner(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		Practitioner p = profiles.practitioner(me, id);
		return new PractitionerDetail(directory.summaries(List.of(p)).getFirst(), p.getPracticeContext(),
				p.getAvailability());
	}

	@PostMapping("/accounts")
	@Operation(summary = "Sign up: open a member account with a practitioner profile", security = {})
	ResponseEntity<SignedUp> signUp(@Valid @RequestBody SignUpDraft draft) {
		Practitioner p = accounts.signUp(draft);
		return ResponseEntity.created(URI.create("/api/v1/practitioners/" + p.getId())).body(new SignedUp(
				accounts.accountIdOf(p), p.getId(), draft.email().strip().toLowerCase(java.util.Locale.ROOT)));
	}

	@GetMapping("/accounts")
	@Operation(summary = "All accounts with their roles (stewards)")
	PagedModel<AccountView> accounts(@ParameterObject @PageableDefault(size = 50) Pageable pageable) {
		return new PagedModel<>(accounts.accounts(pageable).map(AccountView::of));
	}

	@PutMapping("/accounts/{id}/roles")
	@Operation(summary = "Set an account's roles (stewards)")
	AccountView roles(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id,
			@Valid @RequestBody RolesRequest request) {
		return AccountView.of(accounts.changeRoles(me, id, request.roles()));
	}

	@PostMapping("/password-resets")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@Operation(summary = "Ask for a link to choose a new password; the answer is the same whether the email exists or not", security = {})
	void requestReset(@RequestBody ResetRequest request) {
		if (request.email() != null && !request.email().isBlank()) {
			passwords.requestPasswordReset(request.email());
		}
	}

	@PostMapping("/password-resets/{token}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Choose a new password with the secret from the link", security = {})
	void reset(@PathVariable String token, @RequestBody NewPassword request) {
		passwords.resetPassword(token, request.password());
	}

	@PutMapping("/me/password")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Choose a new password, confirmed with the current one. Every session of the account ends "
			+ "and all its access tokens are revoked, the one this call used too; a mail tells the person. "
			+ "A wrong current password answers 422 (field currentPassword) and changes nothing.")
	void changePassword(@AuthenticationPrincipal AccountPrincipal me, @RequestBody PasswordChange request) {
		passwords.changePassword(me, request.currentPassword(), request.newPassword(), null);
	}

	@PostMapping("/tokens")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Create a personal access token; its secret is in the answer and never again", security = @SecurityRequirement(name = "basic"))
	NewAccessToken createToken(@AuthenticationPrincipal AccountPrincipal me, @RequestBody TokenRequest request) {
		return tokens.createToken(me, request.name());
	}

	@GetMapping("/tokens")
	@Operation(summary = "Your tokens, without their secrets")
	List<TokenView> tokens(@AuthenticationPrincipal AccountPrincipal me) {
		return tokens.tokens(me).stream().map(TokenView::of).toList();
	}

	@DeleteMapping("/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke a token: it stops working at once")
	void revoke(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		tokens.revokeToken(me, id);
	}

	@GetMapping("/reporting-lines")
	@Operation(summary = "Reporting lines you are part of (only the two people named see a line)")
	List<LineView> lines(@AuthenticationPrincipal AccountPrincipal me) {
		return reportingLines.reportingLines(me).stream().map(LineView::of).toList();
	}

	@PostMapping("/reporting-lines")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Declare that you supervise someone, or that they supervise you; they confirm or dispute it")
	LineView declare(@AuthenticationPrincipal AccountPrincipal me, @Valid @RequestBody LineRequest request) {
		return LineView.of(reportingLines.declareReportingLine(me, request.otherPractitionerId(), request.relation()));
	}

	@PostMapping("/reporting-lines/{id}/confirm")
	@Operation(summary = "Confirm a reporting line someone declared with you")
	LineView confirm(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return LineView.of(reportingLines.answerReportingLine(me, id, true));
	}

	@PostMapping("/reporting-lines/{id}/dispute")
	@Operation(summary = "Dispute a reporting line someone declared with you")
	LineView dispute(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		return LineView.of(reportingLines.answerReportingLine(me, id, false));
	}

	@DeleteMapping("/reporting-lines/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Take a reporting line off the record")
	void remove(@AuthenticationPrincipal AccountPrincipal me, @PathVariable long id) {
		reportingLines.removeReportingLine(me, id);
	}
}
