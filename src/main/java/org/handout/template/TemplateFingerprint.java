package org.handout.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.handout.model.Brand;

/** Digests a template's files and the brand, for deciding whether a leaflet must be built again. */
final class TemplateFingerprint {
    private TemplateFingerprint() {
    }

    /**
     * @param knownFiles for a built-in template (a folder inside the jar cannot be listed), the files
     *                   to digest; a project template's whole folder is digested
     */
    static String of(Path projectTemplates, String name, List<String> knownFiles, Brand brand) {
        MessageDigest digest = sha256();
        Path folder = projectTemplates.resolve(name);
        try {
            if (Files.isDirectory(folder)) {
                Map<String, Path> files = new TreeMap<>();
                try (Stream<Path> walk = Files.walk(folder)) {
                    walk.filter(Files::isRegularFile).forEach(f -> files.put(folder.relativize(f).toString(), f));
                }
                for (Map.Entry<String, Path> f : files.entrySet()) {
                    add(digest, "project " + f.getKey(), Files.readAllBytes(f.getValue()));
                }
            } else {
                for (String file : knownFiles) {
                    try (InputStream in = TemplateEngine.class.getResourceAsStream("/templates/" + name + "/" + file)) {
                        add(digest, "built-in " + file, in == null ? new byte[0] : in.readAllBytes());
                    }
                }
            }
            add(digest, "publisher", String.valueOf(brand.publisher()).getBytes(StandardCharsets.UTF_8));
            add(digest, "colours", new TreeMap<>(brand.colours()).toString().getBytes(StandardCharsets.UTF_8));
            if (brand.logo() != null) {
                Path logo = projectTemplates.getParent().resolve(brand.logo().file());
                add(digest, "logo " + brand.logo(), Files.isRegularFile(logo) ? Files.readAllBytes(logo) : new byte[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void add(MessageDigest digest, String label, byte[] bytes) {
        digest.update((label + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
