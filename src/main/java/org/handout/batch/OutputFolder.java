package org.handout.batch;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The only folder handout writes to. A file appears in it whole or not at all: it is written to a
 * temporary file beside its target and then moved over it in one step, so a crash or a failing
 * leaflet never leaves a half-written PDF or replaces a good one.
 */
public final class OutputFolder {
    private final Path root;
    private final String displayName;

    /** @param displayName the folder as the user knows it, e.g. {@code output} */
    public OutputFolder(Path root, String displayName) {
        this.root = root.toAbsolutePath().normalize();
        this.displayName = displayName;
    }

    /** Where a file with this name (may contain {@code /}) goes; never outside the folder. */
    public Path resolve(String relative) {
        Path target = root.resolve(relative).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("not inside " + displayName + ": " + relative);
        }
        return target;
    }

    /** The name a user sees, e.g. {@code output/nhs/x.pdf}. */
    public String display(String relative) {
        return displayName + "/" + relative;
    }

    public void write(String relative, byte[] bytes) throws IOException {
        Path target = resolve(relative);
        Files.createDirectories(target.getParent());
        // A hidden name beside the target (same file system, so the move is atomic), created fresh
        // with the user's usual permissions.
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Thread.currentThread().getId() + ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
