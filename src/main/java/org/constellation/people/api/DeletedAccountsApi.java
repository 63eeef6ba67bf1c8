package org.constellation.people.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.constellation.people.YourData;
import org.constellation.people.YourData.DeletedAccount;
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

	record DeletedAccounts(List<DeletedAccount> accounts) {
	}

	private final YourData yourData;

	DeletedAccountsApi(YourData yourData) {
		this.yourData = yourData;
	}

	@GetMapping
	@Operation(summary = "Every deleted account, its number (id) and when it was deleted (deletedAt), smallest "
			+ "number first (stewards): read them before restoring an older backup")
	DeletedAccounts deleted() {
		return new DeletedAccounts(yourData.deletedAccounts());
	}

	@PostMapping
	@Operation(summary = "After restoring an older backup, delete again the accounts deleted since it was taken "
			+ "(stewards): the answer of the GET on the replaced database, {\"accounts\": [{\"id\", \"deletedAt\"}]}, "
			+ "at most 10,000 at a time. Each account still here and made before its deletion is deleted as its owner "
			+ "deleted it; those already deleted, unknown, or made here after the deletion (someone else) are listed "
			+ "apart. All or none.")
	DeletedAgain deleteAgain(@RequestBody(required = false) DeletedAccounts request) {
		return yourData.deleteAgain(request == null ? null : request.accounts());
	}
}
