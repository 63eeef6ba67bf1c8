package org.constellation.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.constellation.people.AccountPrincipal;
import org.constellation.people.YourData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A person's own data: the download, and deleting the account. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Your data", description = "Download everything you wrote; delete your account")
@SecurityRequirement(name = "token")
class YourDataApi {

	record Confirmation(String password) {
	}

	private final YourData yourData;

	YourDataApi(YourData yourData) {
		this.yourData = yourData;
	}

	@GetMapping("/export")
	@Operation(summary = "Everything you wrote and everything kept about you, as one JSON file")
	ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal AccountPrincipal me) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename(yourData.fileName(me)).build().toString())
				.body(yourData.export(me));
	}

	@DeleteMapping
	@Operation(summary = "Delete your account, confirmed with your password in the body: {\"password\": \"…\"}. "
			+ "A wrong password answers 422 (field password) and deletes nothing.")
	ResponseEntity<Void> delete(@AuthenticationPrincipal AccountPrincipal me,
			@RequestBody(required = false) Confirmation confirmation) {
		yourData.deleteAccount(me, confirmation == null ? null : confirmation.password());
		return ResponseEntity.noContent().build();
	}
}
