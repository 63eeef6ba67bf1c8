package org.constellation.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.constellation.people.YourData;
import org.constellation.people.YourData.DeletedAgain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stewards keep a restore from bringing back people who deleted their account:
 * the numbers of the deleted accounts, read from the database being replaced,
 * deleted again in the restored copy (docs/backup-restore.md).
 */
@RestController
@RequestMapping("/api/v1/accounts/deleted")
@Tag(name = "Your data", description = "Download everything you wrote; delete your account")
@SecurityRequirement(name = "token")
class DeletedAccountsApi {

	record AccountIds(List<Long> accountIds) {
	}

	private final YourData yourData;

	DeletedAccountsApi(YourData yourData) {
		this.yourData = yourData;
	}

	@GetMapping
	@Operation(summary = "The numbers of every deleted account, smallest first (stewards): "
			+ "read them before restoring an older backup")
	AccountIds deleted() {
		return new AccountIds(yourData.deletedAccountIds());
	}

	@PostMapping
	@Operation(summary = "After restoring an older backup, delete again the accounts deleted since it was taken "
			+ "(stewards): {\"accountIds\": [ … ]}, at most 10,000 at a time. Each account still here is deleted "
			+ "as its owner deleted it; those already deleted or unknown here are listed apart. All or none.")
	DeletedAgain deleteAgain(@RequestBody(required = false) AccountIds request) {
		return yourData.deleteAgain(request == null ? null : request.accountIds());
	}
}
