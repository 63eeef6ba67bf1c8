package org.constellation.people;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessTokens extends JpaRepository<AccessToken, Long> {

	Optional<AccessToken> findByTokenHash(String tokenHash);

	List<AccessToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);
}
