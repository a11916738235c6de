package org.pilotbridge.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SafeFileNameTests {

	@Test
	void keepsPlainNamesAndTheirExtension() {
		assertThat(SafeFileName.of("proposal_v2-final.pdf").value()).isEqualTo("proposal_v2-final.pdf");
		assertThat(SafeFileName.of("Report.PDF").value()).isEqualTo("Report.pdf");
	}

	@Test
	void dropsAccentsAndTurnsEverythingElseIntoDashes() {
		assertThat(SafeFileName.of("Offre Société Générale – été 2026 (€).pdf").value())
			.isEqualTo("Offre-Societe-Generale-ete-2026.pdf");
		assertThat(SafeFileName.of("Größe & Maße.pdf").value()).isEqualTo("Grosse-Masse.pdf");
		assertThat(SafeFileName.of("\"quoted\";\r\nX-Injected: yes.pdf").value())
			.isEqualTo("quoted-X-Injected-yes.pdf");
	}

	@Test
	void keepsOnlyTheLastPartOfAPath() {
		assertThat(SafeFileName.of("../../etc/passwd").value()).isEqualTo("passwd");
		assertThat(SafeFileName.of("C:\\Users\\me\\offer.pdf").value()).isEqualTo("offer.pdf");
	}

	@Test
	void isNeverEmptyHiddenOrAWindowsDevice() {
		assertThat(SafeFileName.of("").value()).isEqualTo("file");
		assertThat(SafeFileName.of("中文.pdf").value()).isEqualTo("file.pdf");
		assertThat(SafeFileName.of("...").value()).isEqualTo("file");
		assertThat(SafeFileName.of(".htaccess").value()).isEqualTo("htaccess");
		assertThat(SafeFileName.of("-rf.pdf").value()).isEqualTo("rf.pdf");
		assertThat(SafeFileName.of("CON.pdf").value()).isEqualTo("CON-file.pdf");
	}

	@Test
	void staysWithinOneHundredCharacters() {
		var name = SafeFileName.of("a".repeat(500) + ".pdf").value();

		assertThat(name).hasSize(SafeFileName.MAX_LENGTH).endsWith("a.pdf");
	}

	@Test
	void endsInPdfWhenAskedTo() {
		assertThat(SafeFileName.ofPdf("scan.jpeg").value()).isEqualTo("scan.jpeg.pdf");
		assertThat(SafeFileName.ofPdf("offer.pdf").value()).isEqualTo("offer.pdf");
		assertThat(SafeFileName.ofPdf("").value()).isEqualTo("file.pdf");
		assertThat(SafeFileName.ofPdf("b".repeat(200)).value()).hasSize(SafeFileName.MAX_LENGTH).endsWith(".pdf");
	}

	@Test
	void refusesUnsafeValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SafeFileName("a b.pdf"));
		assertThatIllegalArgumentException().isThrownBy(() -> new SafeFileName(".hidden"));
		assertThatIllegalArgumentException().isThrownBy(() -> new SafeFileName(""));
	}

}
