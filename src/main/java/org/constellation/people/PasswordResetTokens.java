package org.constellation.people;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordResetTokens extends JpaRepository<PasswordResetToken, Long> {

	Optional<PasswordResetToken> findByTokenHash(String tokenHash);
}
