package org.handout.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.handout.model.Block;
import org.handout.model.Inline;
import org.handout.model.Walk;

/**
 * Checks that every image a leaflet shows is a PNG, JPEG or GIF file inside the project, following
 * symbolic links (a path that leads out of the project is refused, never read), and that it can be
 * printed whole ({@link PictureCheck}).
 */
final class ImageFiles {
    /** A picture larger than this makes a leaflet too big to email (a 2000-pixel JPEG is well under it). */
    private static final long LARGE = 2L * 1024 * 1024;

    private ImageFiles() {
    }

    static void check(List<Block> blocks, Path leafletDir, Path projectRoot, PictureCheck pictures,
            Problems problems) {
        Walk.inlines(blocks, inline -> {
            if (inline instanceof Inline.Image image && LinkRules.isRelativePath(image.src())) {
                check(image, "picture", leafletDir, projectRoot, pictures, problems);
            }
        });
    }

    /** @param noun what the image is called in messages: "picture", or "logo" */
    static void check(Inline.Image image, String noun, Path leafletDir, Path projectRoot, PictureCheck pictures,
            Problems problems) {
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
            PictureFormat format = format(file);
            if (format == null) {
                problems.error(image.at(), "\"" + image.src() + "\" is not a PNG, JPEG or GIF image");
                return;
            }
            Optional<PictureFault> fault = pictures.check(file, format);
            if (fault.isPresent()) {
                problems.error(image.at(), fault.get().message(noun, image.src()));
            } else if (size > LARGE) {
                problems.warning(image.at(), String.format(java.util.Locale.ROOT, "the picture \"%s\" is %.1f MB, so"
                        + " each PDF that shows it is at least as big — to email or print it easily, save a copy about"
                        + " 2000 pixels wide as a JPEG", image.src(), size / 1_048_576.0));
            }
        } catch (IOException e) {
            problems.error(image.at(), "the image \"" + image.src() + "\" cannot be read: " + e.getMessage());
        }
    }

    private static PictureFormat format(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        return PictureFormat.sniff(head, n);
    }
}
