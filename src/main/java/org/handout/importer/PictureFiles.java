package org.handout.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The pictures of one document as files to write, each once however often the document shows it. */
final class PictureFiles {
    private final List<Picture> files = new ArrayList<>();
    private final Map<String, String> byContent = new HashMap<>();

    /** The file name for these bytes (PNG, JPEG or GIF): {@code picture-1.png}, {@code picture-2.jpg}… */
    String add(byte[] bytes) {
        return byContent.computeIfAbsent(PictureBytes.digest(bytes), d -> {
            String name = "picture-" + (files.size() + 1) + "." + PictureBytes.extension(bytes);
            files.add(new Picture(name, bytes));
            return name;
        });
    }

    List<Picture> files() {
        return List.copyOf(files);
    }
}
