package org.pilotbridge.security;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** A small PNG picture for the catalogue. */
final class Pictures {

	private Pictures() {
	}

	static byte[] png() {
		var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
		var graphics = image.createGraphics();
		graphics.setColor(new Color(26, 77, 143));
		graphics.fillRect(0, 0, 40, 30);
		graphics.dispose();
		try {
			var out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}
