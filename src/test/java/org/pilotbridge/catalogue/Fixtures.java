package org.pilotbridge.catalogue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import org.pilotbridge.shared.Language;

/**
 * Profiles, pictures and PDFs for catalogue tests, made here.
 */
final class Fixtures {

	private Fixtures() {
	}

	/** A profile complete enough to be submitted. */
	static SolutionProfile.Builder completeProfile() {
		return SolutionProfile.builder()
			.name("Bin fill sensors")
			.pitch("Ultrasonic sensors tell your crews which street bins are full, so rounds skip the empty ones.")
			.description("Each sensor clips under the **lid** of any street bin and reports its fill level every hour.")
			.problemsSolved("Half-empty bins emptied on fixed rounds; overflowing bins on market days.")
			.cpvCodes(List.of("48000000-8"))
			.trl(8)
			.customerReferences("Used in two Flemish towns since 2024.")
			.languages(List.of(Language.ENGLISH, Language.DUTCH))
			.website("https://binsensors.example/product");
	}

	/** A PNG picture of one colour, with a text chunk in its metadata. */
	static byte[] png(int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(26, 77, 143));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.WHITE);
		graphics.fillRect(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		return withTextChunk(encode(image, "png"), "Comment", "secret location 50.85N 4.35E");
	}

	static byte[] jpeg(int width, int height) {
		var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(200, 120, 40));
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return encode(image, "jpeg");
	}

	/**
	 * A small, well-formed PNG that claims a huge picture: only its header is needed to
	 * refuse it, decoding it would allocate gigabytes.
	 */
	static byte[] pngClaiming(int width, int height) {
		var out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
		var header = ByteBuffer.allocate(13)
			.putInt(width)
			.putInt(height)
			.put((byte) 8)
			.put((byte) 2)
			.put((byte) 0)
			.put((byte) 0)
			.put((byte) 0)
			.array();
		chunk(out, "IHDR", header);
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	static byte[] onePagePdf() {
		try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static byte[] encode(BufferedImage image, String format) {
		try {
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, format, out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Inserts a tEXt chunk right after the header chunk. */
	private static byte[] withTextChunk(byte[] png, String keyword, String text) {
		var headerEnd = 8 + 4 + 4 + 13 + 4;
		var out = new ByteArrayOutputStream();
		out.write(png, 0, headerEnd);
		var data = (keyword + "\0" + text).getBytes(StandardCharsets.ISO_8859_1);
		chunk(out, "tEXt", data);
		out.write(png, headerEnd, png.length - headerEnd);
		return out.toByteArray();
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		var typeBytes = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		out.writeBytes(typeBytes);
		out.writeBytes(data);
		var crc = new CRC32();
		crc.update(typeBytes);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
