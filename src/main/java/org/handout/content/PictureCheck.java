package org.handout.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks that each picture a project shows can be printed whole: decoded (or, for a PNG, verified)
 * to the last byte in bounded memory, and at most {@link #MAX_PIXELS} pixels, which is read from the
 * header before any decoding. Otherwise the layout engine leaves the picture out of the PDF, alt text
 * and all, or prints a grey box, and veraPDF still passes it.
 *
 * <p>Each picture file is decoded once per checker: a picture several leaflets show, or a leaflet
 * saved again and again under {@code handout watch}, is not decoded again while its size and
 * modification time stay the same (as git and make decide). Thread-safe.
 */
public final class PictureCheck {
    /** The most pixels a picture may have: 40 megapixels, 160 MB once decoded for the PDF (8000 × 5000). */
    public static final long MAX_PIXELS = 40_000_000L;
    /** Verdicts kept before the record starts again, so a long watch does not grow without end. */
    private static final int REMEMBERED = 10_000;

    private record Stamp(Path file, long size, FileTime modified) {
    }

    private final ConcurrentHashMap<Stamp, CompletableFuture<Optional<PictureFault>>> verdicts =
            new ConcurrentHashMap<>();

    /** What is wrong with the picture file, or empty when it can be printed. */
    Optional<PictureFault> check(Path file, PictureFormat format) throws IOException {
        Path real = file.toRealPath();
        BasicFileAttributes attributes = Files.readAttributes(real, BasicFileAttributes.class);
        Stamp stamp = new Stamp(real, attributes.size(), attributes.lastModifiedTime());
        CompletableFuture<Optional<PictureFault>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<PictureFault>> known = verdicts.putIfAbsent(stamp, mine);
        if (known == null) {
            if (verdicts.size() > REMEMBERED) {
                verdicts.clear();
            }
            try {
                mine.complete(verify(real, format));
            } catch (IOException | RuntimeException | Error e) {
                verdicts.remove(stamp, mine); // not a verdict: the next leaflet tries again
                mine.completeExceptionally(e);
                throw e;
            }
            known = mine;
        }
        try {
            return known.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private static Optional<PictureFault> verify(Path file, PictureFormat format) throws IOException {
        try {
            return format == PictureFormat.PNG ? PngCheck.check(file, MAX_PIXELS)
                    : DecoderCheck.check(file, format, MAX_PIXELS);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
