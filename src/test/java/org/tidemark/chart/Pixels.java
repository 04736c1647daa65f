package org.tidemark.chart;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Reads decoded chart images for the tests. */
final class Pixels {

    private Pixels() {
    }

    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new AssertionError("not a decodable image");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean near(int rgb, Color colour, int tolerance) {
        Color c = new Color(rgb);
        return Math.abs(c.getRed() - colour.getRed()) <= tolerance
                && Math.abs(c.getGreen() - colour.getGreen()) <= tolerance
                && Math.abs(c.getBlue() - colour.getBlue()) <= tolerance;
    }

    /** How many pixels in the rectangle are within {@code tolerance} of {@code colour} in each channel. */
    static int count(BufferedImage image, Color colour, int tolerance, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
            for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
                if (near(image.getRGB(x, y), colour, tolerance)) {
                    n++;
                }
            }
        }
        return n;
    }

    static int countAll(BufferedImage image, Color colour, int tolerance) {
        return count(image, colour, tolerance, 0, 0, image.getWidth(), image.getHeight());
    }

    /** The colour a translucent fill leaves on a white background. */
    static Color overWhite(Color fill, float alpha) {
        return new Color(Math.round(alpha * fill.getRed() + (1 - alpha) * 255),
                Math.round(alpha * fill.getGreen() + (1 - alpha) * 255),
                Math.round(alpha * fill.getBlue() + (1 - alpha) * 255));
    }
}
