package org.constellation.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTests {

	@Test
	void cellsAThatSpreadsheetWouldRunAsAFormulaArePrefixed() {
		assertThat(Csv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(Csv.cell("+1")).isEqualTo("'+1");
		assertThat(Csv.cell("-2")).isEqualTo("'-2");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.cell("\tTab")).isEqualTo("'\tTab");
		assertThat(Csv.cell("a=b")).isEqualTo("a=b");
	}

	@Test
	void commasQuotesAndLineBreaksAreQuoted() {
		assertThat(Csv.cell("one, two")).isEqualTo("\"one, two\"");
		assertThat(Csv.cell("say \"and\"")).isEqualTo("\"say \"\"and\"\"\"");
		assertThat(Csv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
		assertThat(Csv.cell(null)).isEmpty();
		assertThat(Csv.cell("plain")).isEqualTo("plain");
	}

	@Test
	void numbersAreNeverTakenForFormulas() {
		assertThat(Csv.cell(-2)).isEqualTo("-2");
		assertThat(Csv.row(List.of("Issue", 3, 0))).isEqualTo("Issue,3,0\r\n");
	}

	@Test
	void rowsEndInCrlfUnderAHeader() {
		assertThat(Csv.table(List.of("id", "title"), List.of(List.of("1", "A, B"), List.of("2", "=C"))))
				.isEqualTo("id,title\r\n1,\"A, B\"\r\n2,'=C\r\n");
	}
}
