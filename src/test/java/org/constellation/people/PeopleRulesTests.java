package org.constellation.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import org.constellation.shared.ForbiddenException;
import org.constellation.shared.InvalidInputException;
import org.constellation.shared.Secrets;
import org.junit.jupiter.api.Test;

class PeopleRulesTests {

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	@Test
	void anAccountsEmailIsKeptInOneForm() {
		Account account = new Account(" Someone@Example.org ", "hash", EnumSet.of(Role.MEMBER), NOW);
		assertThat(account.getEmail()).isEqualTo("someone@example.org");
	}

	@Test
	void onlyTheOtherSideConfirmsAReportingLine() {
		ReportingLine line = new ReportingLine(1L, 2L, 1L, NOW);
		assertThat(line.awaitsAnswerFrom(2L)).isTrue();
		assertThat(line.awaitsAnswerFrom(1L)).isFalse();
		assertThatThrownBy(() -> line.decide(1L, true, NOW)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> line.decide(3L, true, NOW)).isInstanceOf(ForbiddenException.class);
		line.decide(2L, true, NOW);
		assertThat(line.getStatus()).isEqualTo(ReportingLineStatus.CONFIRMED);
		assertThat(line.otherSide(2L)).isEqualTo(1L);
	}

	@Test
	void nobodySupervisesThemselves() {
		assertThatThrownBy(() -> new ReportingLine(4L, 4L, 4L, NOW)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void secretsAreRandomAndStoredOnlyAsHashes() {
		String a = Secrets.newSecret("cst_");
		String b = Secrets.newSecret("cst_");
		assertThat(a).startsWith("cst_").isNotEqualTo(b).hasSizeGreaterThan(40);
		assertThat(Secrets.hash(a)).hasSize(64).isEqualTo(Secrets.hash(a)).isNotEqualTo(Secrets.hash(b));
	}
}
