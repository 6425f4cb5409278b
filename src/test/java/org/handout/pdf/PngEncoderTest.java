package org.handout.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The index's thumbnails are real PNGs: any image viewer shows every pixel as drawn. */
class PngEncoderTest {
    @Test
    void everyPixelReadsBackAsDrawn() throws Exception {
        BufferedImage image = new BufferedImage(67, 41, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(14);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, x % 5 == 0 ? 0xFFFFFF : random.nextInt(0x1000000));
            }
        }

        byte[] png = PngEncoder.encode(image);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));

        assertEquals(image.getWidth(), read.getWidth());
        assertEquals(image.getHeight(), read.getHeight());
        int[] drawn = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        int[] shown = read.getRGB(0, 0, read.getWidth(), read.getHeight(), null, 0, read.getWidth());
        assertArrayEquals(drawn, shown);
        assertArrayEquals(png, PngEncoder.encode(image), "the same picture gives the same bytes");
    }
}
