package org.handout.pdf;

import com.openhtmltopdf.extend.FSStreamFactory;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides which resources a render may load: only {@code file:} URIs inside the project folder, and
 * images handout made itself as {@code data:image/…} URIs (QR codes; content cannot use data: URIs).
 * Everything else (http, jar, data, files elsewhere) is refused and remembered, so the leaflet fails
 * with a message instead of quietly fetching from the network or reading /etc/passwd.
 * One guard serves one render.
 */
final class ResourceGuard {
    private final Path root;
    private final List<String> refused = new ArrayList<>();

    ResourceGuard(Path projectRoot) {
        this.root = projectRoot.toAbsolutePath().normalize();
    }

    /** Before the layout engine resolves it: a relative path may go on to be resolved and checked. */
    boolean allowsUnresolved(String uri) {
        return uri != null && (isRelative(uri) || allowsResolved(uri));
    }

    /** A resolved URI: a file inside the project, or an image handout generated. */
    boolean allowsResolved(String uri) {
        if (uri == null) {
            return false;
        }
        boolean ok = uri.startsWith("data:image/png;base64,") || isInsideProject(uri);
        if (!ok && !refused.contains(uri)) {
            refused.add(uri);
        }
        return ok;
    }

    private static boolean isRelative(String uri) {
        try {
            URI u = URI.create(uri);
            return u.getScheme() == null && u.getAuthority() == null && !uri.startsWith("/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private boolean isInsideProject(String uri) {
        try {
            URI u = URI.create(uri);
            if (!"file".equals(u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT))) {
                return false;
            }
            Path p = Path.of(u).toAbsolutePath().normalize();
            if (!p.startsWith(root)) {
                return false;
            }
            // Symlinks must not lead out either.
            return !java.nio.file.Files.exists(p) || p.toRealPath().startsWith(root.toRealPath());
        } catch (IllegalArgumentException | java.io.IOException | java.nio.file.FileSystemNotFoundException e) {
            return false;
        }
    }

    List<String> refused() {
        return List.copyOf(refused);
    }

    /** A stream factory for protocols that must never be fetched (http, https, ftp, jar…). */
    static final FSStreamFactory NEVER = url -> {
        throw new SecurityException("handout never fetches " + url);
    };
}
