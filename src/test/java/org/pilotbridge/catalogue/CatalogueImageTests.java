package org.pilotbridge.catalogue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import org.pilotbridge.shared.InvalidInput;
import org.pilotbridge.shared.InvalidInput.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueImageTests {

	private final ImageSanitizer sanitizer = new ImageSanitizer(
			new CatalogueProperties(DataSize.ofMegabytes(5), 40_000_000, 1600, 2));

	@Test
	void refusesATextFileNamedLikeAPicture() {
		var text = "This is not a picture, whatever its name says.".getBytes(StandardCharsets.UTF_8);

		assertRefused(text, "catalogue.image.not-an-image");
	}

	@Test
	void refusesAPictureInAnotherFormat() throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		ImageIO.write(new java.awt.image.BufferedImage(10, 10, java.awt.image.BufferedImage.TYPE_INT_RGB), "bmp", out);

		assertRefused(out.toByteArray(), "catalogue.image.not-an-image");
	}

	@Test
	void refusesADamagedPicture() {
		var png = Fixtures.png(400, 300);
		var truncated = Arrays.copyOf(png, 60);

		assertRefused(truncated, "catalogue.image.unreadable");
	}

	@Test
	void refusesAFileLargerThanFiveMegabytesBeforeReadingIt() {
		var big = new byte[5 * 1024 * 1024 + 1];
		System.arraycopy(Fixtures.png(10, 10), 0, big, 0, 8);

		assertThatThrownBy(() -> sanitizer.sanitize(new ByteArrayInputStream(big))).isInstanceOfSatisfying(
				InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(FieldProblem::messageKey, FieldProblem::arguments)
					.containsExactly(
							org.assertj.core.groups.Tuple.tuple("catalogue.image.too-large", java.util.List.of(5L))));
	}

	@Test
	void refusesAPictureOfMoreThanFortyMegapixelsWithoutDecodingIt() {
		var claimsHuge = Fixtures.pngClaiming(50_000, 50_000);

		assertThat(claimsHuge.length).isLessThan(100);
		assertRefused(claimsHuge, "catalogue.image.too-many-pixels");
	}

	@Test
	void scalesALargePngDownAndDropsItsMetadata() throws Exception {
		var original = Fixtures.png(3200, 1000);
		assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("secret location");

		var image = sanitizer.sanitize(new ByteArrayInputStream(original));

		var decoded = ImageIO.read(new ByteArrayInputStream(image.content()));
		assertThat(image.contentType()).isEqualTo("image/png");
		assertThat(decoded.getWidth()).isEqualTo(1600);
		assertThat(decoded.getHeight()).isEqualTo(500);
		assertThat(image.width()).isEqualTo(1600);
		assertThat(new String(image.content(), StandardCharsets.ISO_8859_1)).doesNotContain("secret location")
			.doesNotContain("tEXt");
		assertThat(image.sha256()).hasSize(64);
	}

	@Test
	void keepsASmallJpegAtItsSizeButEncodesItAfresh() throws Exception {
		var original = Fixtures.jpeg(800, 600);

		var image = sanitizer.sanitize(new ByteArrayInputStream(original));

		var decoded = ImageIO.read(new ByteArrayInputStream(image.content()));
		assertThat(image.contentType()).isEqualTo("image/jpeg");
		assertThat(image.extension()).isEqualTo("jpg");
		assertThat(decoded.getWidth()).isEqualTo(800);
		assertThat(decoded.getHeight()).isEqualTo(600);
	}

	@Test
	void scalesATallPictureByItsLongestSide() {
		var image = sanitizer.sanitize(new ByteArrayInputStream(Fixtures.jpeg(900, 4000)));

		assertThat(image.height()).isEqualTo(1600);
		assertThat(image.width()).isEqualTo(360);
	}

	private void assertRefused(byte[] content, String messageKey) {
		assertThatThrownBy(() -> sanitizer.sanitize(new ByteArrayInputStream(content))).isInstanceOfSatisfying(
				InvalidInput.class,
				invalid -> assertThat(invalid.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
					.containsExactly(org.assertj.core.groups.Tuple.tuple("images", messageKey)));
	}

}
