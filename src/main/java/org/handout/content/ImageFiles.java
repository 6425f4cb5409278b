package org.handout.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.Walk;

/**
 * Checks that every image a leaflet shows is a PNG, JPEG or GIF file inside the project, following
 * symbolic links: a path that leads out of the project is refused, never read.
 */
final class ImageFiles {
    /** A picture larger than this makes a leaflet too big to email (a 2000-pixel JPEG is well under it). */
    private static final long LARGE = 2L * 1024 * 1024;

    private ImageFiles() {
    }

    static void check(List<Block> body, Path leafletDir, Path projectRoot, Problems problems) {
        Walk.inlines(body, inline -> {
            if (inline instanceof Inline.Image image && LinkRules.isRelativePath(image.src())) {
                check(image, leafletDir, projectRoot, problems);
            }
        });
    }

    static void check(Inline.Image image, Path leafletDir, Path projectRoot, Problems problems) {
        Path root = projectRoot.toAbsolutePath().normalize();
        Path file;
        try {
            file = leafletDir.toAbsolutePath().resolve(image.file()).normalize();
        } catch (RuntimeException e) {
            problems.error(image.at(), "the image path \"" + image.src() + "\" is not a valid path");
            return;
        }
        try {
            if (!file.startsWith(root) || (Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath()))) {
                problems.error(image.at(), "the image \"" + image.src() + "\" is outside the project — keep images"
                        + " in the project folder (e.g. content/_images/) and link to them there");
                return;
            }
            if (!Files.isRegularFile(file)) {
                problems.error(image.at(), "the image file \"" + image.src() + "\" does not exist — check the"
                        + " path, relative to this leaflet");
                return;
            }
            long size = Files.size(file);
            if (!isImage(file)) {
                problems.error(image.at(), "\"" + image.src() + "\" is not a PNG, JPEG or GIF image");
            } else if (size > LARGE) {
                problems.warning(image.at(), String.format(java.util.Locale.ROOT, "the picture \"%s\" is %.1f MB, so"
                        + " each PDF that shows it is at least as big — to email or print it easily, save a copy about"
                        + " 2000 pixels wide as a JPEG", image.src(), size / 1_048_576.0));
            }
        } catch (IOException e) {
            problems.error(image.at(), "the image \"" + image.src() + "\" cannot be read: " + e.getMessage());
        }
    }

    private static boolean isImage(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        boolean png = n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G';
        boolean jpeg = n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF;
        boolean gif = n >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8';
        return png || jpeg || gif;
    }
}
