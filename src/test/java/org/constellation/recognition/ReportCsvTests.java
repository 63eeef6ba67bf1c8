package org.constellation.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCsvTests {

	@Test
	void cellsAThatSpreadsheetWouldRunAsAFormulaArePrefixed() {
		assertThat(ReportCsv.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
		assertThat(ReportCsv.cell("+1")).isEqualTo("'+1");
		assertThat(ReportCsv.cell("-2")).isEqualTo("'-2");
		assertThat(ReportCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(ReportCsv.cell("\tTab")).isEqualTo("'\tTab");
		assertThat(ReportCsv.cell("a=b")).isEqualTo("a=b");
	}

	@Test
	void commasQuotesAndLineBreaksAreQuoted() {
		assertThat(ReportCsv.cell("one, two")).isEqualTo("\"one, two\"");
		assertThat(ReportCsv.cell("say \"and\"")).isEqualTo("\"say \"\"and\"\"\"");
		assertThat(ReportCsv.cell("line\nbreak")).isEqualTo("\"line\nbreak\"");
		assertThat(ReportCsv.cell(null)).isEmpty();
		assertThat(ReportCsv.cell("plain")).isEqualTo("plain");
	}

	@Test
	void rowsEndInCrlfUnderAHeader() {
		assertThat(ReportCsv.table(List.of("id", "title"), List.of(List.of("1", "A, B"), List.of("2", "=C"))))
				.isEqualTo("id,title\r\n1,\"A, B\"\r\n2,'=C\r\n");
	}
}
