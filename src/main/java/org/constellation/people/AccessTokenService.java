package org.constellation.people;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.NotFoundException;
import org.constellation.shared.Secrets;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens for the API: made, listed and revoked by their owner,
 * and checked on every API request. Only a token's hash is kept; its secret is
 * shown once, when it is made.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface(name = "api", propagate = false)
public class AccessTokenService {

	private final AccessTokens tokens;
	private final Accounts accounts;
	private final AccountService accountService;
	private final Clock clock;

	AccessTokenService(AccessTokens tokens, Accounts accounts, AccountService accountService, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.accountService = accountService;
		this.clock = clock;
	}

	@Transactional
	public NewAccessToken createToken(AccountPrincipal owner, String name) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("name", "Give the token a name of up to 100 characters");
		}
		String secret = Secrets.newSecret("cst_");
		AccessToken token = tokens
				.save(new AccessToken(owner.accountId(), name.strip(), Secrets.hash(secret), clock.instant()));
		return new NewAccessToken(token.getId(), token.getName(), secret, token.getCreatedAt());
	}

	public List<AccessToken> tokens(AccountPrincipal owner) {
		return tokens.findByAccountIdOrderByCreatedAtDesc(owner.accountId());
	}

	@Transactional
	public void revokeToken(AccountPrincipal owner, long tokenId) {
		AccessToken token = tokens.findById(tokenId).filter(t -> t.getAccountId().equals(owner.accountId()))
				.orElseThrow(() -> new NotFoundException("Token " + tokenId));
		token.revoke(clock.instant());
	}

	/** The account behind an API token, if the token exists and is not revoked. */
	@Transactional
	Optional<AccountPrincipal> authenticateToken(String secret) {
		if (!secret.startsWith("cst_") || secret.length() > 100) {
			return Optional.empty();
		}
		return tokens.findByTokenHash(Secrets.hash(secret)).filter(AccessToken::isActive).flatMap(token -> {
			token.used(clock.instant());
			return accounts.findById(token.getAccountId()).map(accountService::principal)
					.map(AccountPrincipal::withoutPassword);
		});
	}
}
