package org.constellation.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The write counter reads each statement for the tables it writes: a miss would
 * let a refused request store something unseen, a false find would fail a test
 * that stored nothing.
 */
class WritesTests {

	@Test
	void findsTheTablesInsertsUpdatesDeletesAndMergesWrite() {
		assertThat(Writes.writtenTables("insert into accounts (email) values (?)")).containsExactly("accounts");
		assertThat(Writes.writtenTables("UPDATE partnerships SET state=? WHERE id=? AND version=?"))
				.containsExactly("partnerships");
		assertThat(Writes.writtenTables("delete from memberships where id = ?")).containsExactly("memberships");
		assertThat(Writes.writtenTables("merge into shedlock key(name) values (?, ?)")).containsExactly("shedlock");
		assertThat(Writes.writtenTables("with gone as (delete from replies where id = ? returning thread_id) "
				+ "update threads set reply_count = reply_count - 1 where id in (select thread_id from gone)"))
				.containsExactly("replies", "threads");
	}

	@Test
	void anUpsertWritesOnlyTheTableItsInsertNames() {
		assertThat(Writes.writtenTables("insert into spring_session_attributes (session_primary_id, attribute_name) "
				+ "values (?, ?) on conflict (session_primary_id, attribute_name) do update set attribute_bytes = ?"))
				.containsExactly("spring_session_attributes");
	}

	@Test
	void readsAndLockReadsWriteNothing() {
		assertThat(Writes.writtenTables("select p.id, p.updated_at from partnerships p where p.id = ? for update"))
				.isEmpty();
		assertThat(Writes.writtenTables("select * from accounts where id = ? for no key update skip locked")).isEmpty();
		assertThat(Writes.writtenTables("with recent as (select id from threads) select count(*) from recent"))
				.isEmpty();
		assertThat(Writes.writtenTables("select max(updated_at) from threads")).isEmpty();
	}

	@Test
	void aStatementItCannotReadIsNamedSoThatACheckFails() {
		assertThat(Writes.writtenTables("truncate table accounts")).singleElement().asString()
				.startsWith("(unrecognised) truncate");
	}
}
