package org.handout.pdf;

import com.openhtmltopdf.extend.FSStreamFactory;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides which resources a render may load: only {@code file:} URIs inside the project folder, and
 * images handout made itself as {@code data:image/…} URIs (QR codes; content cannot use data: URIs).
 * Everything else (http, jar, data, files elsewhere) is refused and remembered, so the leaflet fails
 * with a message instead of quietly fetching from the network or reading /etc/passwd. A file that does
 * not exist, and a font file that is not a TrueType or OpenType font, are refused and remembered too:
 * the layout engine would otherwise leave a picture out, or fail on text it has no font for.
 * One guard serves one render.
 */
final class ResourceGuard {
    /** Why a resource was not loaded. */
    enum Why {
        /** on the network, or a file outside the project */
        OUTSIDE,
        /** a file inside the project that does not exist */
        MISSING,
        /** a font file that is not a TrueType or OpenType font */
        NOT_A_FONT
    }

    /**
     * A resource the layout engine asked for and did not get.
     *
     * @param type what it was wanted as (font, picture, style sheet), or null when not said
     */
    record Refusal(String uri, ExternalResourceType type, Why why) {
    }

    private final Path root;
    private final List<Refusal> refused = new ArrayList<>();

    ResourceGuard(Path projectRoot) {
        this.root = projectRoot.toAbsolutePath().normalize();
    }

    /** Before the layout engine resolves it: a relative path may go on to be resolved and checked. */
    boolean allowsUnresolved(String uri, ExternalResourceType type) {
        return uri != null && (isRelative(uri) || allowsResolved(uri, type));
    }

    /** A resolved URI: a file inside the project (an existing one; for a font, a font file), or an image handout generated. */
    boolean allowsResolved(String uri, ExternalResourceType type) {
        if (uri == null) {
            return false;
        }
        if (uri.startsWith("data:image/png;base64,")) {
            return true;
        }
        Path file = insideProject(uri);
        Why why = file == null ? Why.OUTSIDE
                : !Files.isRegularFile(file) ? Why.MISSING
                : type == ExternalResourceType.FONT && !isFontFile(file) ? Why.NOT_A_FONT
                : null;
        if (why != null && refused.stream().noneMatch(r -> r.uri().equals(uri))) {
            refused.add(new Refusal(uri, type, why));
        }
        return why == null;
    }

    private static boolean isRelative(String uri) {
        try {
            URI u = URI.create(uri);
            return u.getScheme() == null && u.getAuthority() == null && !uri.startsWith("/");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The file a {@code file:} URI inside the project names (symlinks may not lead out), or null. */
    private Path insideProject(String uri) {
        try {
            URI u = URI.create(uri);
            if (!"file".equals(u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT))) {
                return null;
            }
            Path p = Path.of(u).toAbsolutePath().normalize();
            if (!p.startsWith(root)) {
                return null;
            }
            return !Files.exists(p) || p.toRealPath().startsWith(root.toRealPath()) ? p : null;
        } catch (IllegalArgumentException | IOException | java.nio.file.FileSystemNotFoundException e) {
            return null;
        }
    }

    /** TrueType ({@code 00 01 00 00}, {@code true}), OpenType ({@code OTTO}) or a collection ({@code ttcf}). */
    private static boolean isFontFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            String tag = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            return head.length == 4 && (tag.equals("\0\1\0\0") || tag.equals("true") || tag.equals("OTTO")
                    || tag.equals("ttcf"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The project folder, for showing a refused file as the user knows it. */
    Path root() {
        return root;
    }

    List<Refusal> refused() {
        return List.copyOf(refused);
    }

    /** A stream factory for protocols that must never be fetched (http, https, ftp, jar…). */
    static final FSStreamFactory NEVER = url -> {
        throw new SecurityException("handout never fetches " + url);
    };
}
