package org.pilotbridge.catalogue;

import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

import org.pilotbridge.shared.InvalidInput;

/**
 * Turns an uploaded picture into one safe to serve: only PNG and JPEG files are read, the
 * size and the number of pixels are checked before anything is decoded (so that a small
 * file claiming a huge picture is refused without allocating it), and the picture is
 * drawn again into a new image, scaled down to the longest side allowed, and encoded
 * afresh. What was in the file besides the pixels (EXIF data with a location, comments,
 * colour profiles, trailing bytes) is not carried over.
 */
@Component
class ImageSanitizer {

	static final String FIELD = "images";

	private static final Set<String> FORMATS = Set.of("png", "jpeg");

	private static final float JPEG_QUALITY = 0.88f;

	private final CatalogueProperties properties;

	ImageSanitizer(CatalogueProperties properties) {
		this.properties = properties;
	}

	/**
	 * The picture re-encoded in its own format, at most {@code imageMaxSide} pixels on
	 * its longest side.
	 * @throws InvalidInput when the file is too large, not a PNG or JPEG picture,
	 * unreadable, or has too many pixels
	 */
	SanitizedImage sanitize(InputStream upload) {
		var bytes = readAtMost(upload, properties.imageMaxSize().toBytes());
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			var readers = ImageIO.getImageReaders(input);
			ImageReader reader = null;
			while (readers.hasNext() && reader == null) {
				var candidate = readers.next();
				if (FORMATS.contains(candidate.getFormatName().toLowerCase(Locale.ROOT))) {
					reader = candidate;
				}
			}
			if (reader == null) {
				throw InvalidInput.of(FIELD, "catalogue.image.not-an-image");
			}
			try {
				return redraw(reader, input);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException unreadable) {
			if (unreadable instanceof InvalidInput invalid) {
				throw invalid;
			}
			throw InvalidInput.of(FIELD, "catalogue.image.unreadable");
		}
	}

	private SanitizedImage redraw(ImageReader reader, ImageInputStream input) throws IOException {
		var format = reader.getFormatName().toLowerCase(Locale.ROOT).equals("png") ? "png" : "jpeg";
		reader.setInput(input, true, true);
		var width = reader.getWidth(0);
		var height = reader.getHeight(0);
		if (width < 1 || height < 1) {
			throw InvalidInput.of(FIELD, "catalogue.image.unreadable");
		}
		if ((long) width * height > properties.imageMaxPixels()) {
			throw InvalidInput.of(FIELD, "catalogue.image.too-many-pixels", properties.imageMaxPixels() / 1_000_000);
		}
		// A very large picture is read at a fraction of its pixels, still at least twice
		// the target size.
		var longSide = Math.max(width, height);
		var maxSide = properties.imageMaxSide();
		var subsampling = Math.max(1, longSide / (2 * maxSide));
		var parameters = reader.getDefaultReadParam();
		parameters.setSourceSubsampling(subsampling, subsampling, 0, 0);
		var decoded = reader.read(0, parameters);

		var scale = Math.min(1.0, (double) maxSide / Math.max(decoded.getWidth(), decoded.getHeight()));
		var targetWidth = Math.max(1, (int) Math.round(decoded.getWidth() * scale));
		var targetHeight = Math.max(1, (int) Math.round(decoded.getHeight() * scale));
		var alpha = format.equals("png") && decoded.getColorModel().hasAlpha();
		var redrawn = new BufferedImage(targetWidth, targetHeight,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		var graphics = redrawn.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
			graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			if (!alpha) {
				graphics.setColor(java.awt.Color.WHITE);
				graphics.fillRect(0, 0, targetWidth, targetHeight);
			}
			graphics.drawImage(decoded, 0, 0, targetWidth, targetHeight, null);
		}
		finally {
			graphics.dispose();
		}
		var encoded = encode(redrawn, format);
		return new SanitizedImage(encoded, format.equals("png") ? "image/png" : "image/jpeg",
				format.equals("png") ? "png" : "jpg", targetWidth, targetHeight, sha256(encoded));
	}

	private static byte[] encode(BufferedImage image, String format) throws IOException {
		var out = new ByteArrayOutputStream();
		var writer = ImageIO.getImageWritersByFormatName(format).next();
		try (var output = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(output);
			var parameters = writer.getDefaultWriteParam();
			if (format.equals("jpeg")) {
				parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				parameters.setCompressionQuality(JPEG_QUALITY);
			}
			writer.write(null, new IIOImage(image, null, null), parameters);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	/** Reads the upload, refusing it as soon as it is larger than the limit. */
	private static byte[] readAtMost(InputStream upload, long limit) {
		try (upload) {
			var bytes = upload.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
			if (bytes.length > limit) {
				throw InvalidInput.of(FIELD, "catalogue.image.too-large", limit / (1024 * 1024));
			}
			return bytes;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/**
	 * A picture as it will be stored and served.
	 *
	 * @param extension the file extension for its format, without the dot
	 */
	record SanitizedImage(byte[] content, String contentType, String extension, int width, int height, String sha256) {
	}

}
