package org.handout.batch;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Share {@code index} of {@code count} of a project's leaflets, for spreading a large corpus over CI
 * machines. A leaflet's share depends only on its slug (a CRC-32 of it), never on the order files are
 * listed in, so the same leaflet always lands on the same machine and every leaflet on exactly one.
 */
public record Shard(int index, int count) {
    public static final Shard ALL = new Shard(1, 1);

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("a shard is I/N with 1 ≤ I ≤ N, e.g. 2/3");
        }
    }

    /** Parses {@code I/N}, e.g. {@code 2/3}. */
    public static Shard parse(String text) {
        String[] parts = text.split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("a shard is I/N with 1 ≤ I ≤ N, e.g. 2/3, not \"" + text + "\"");
    }

    public boolean includes(String slug) {
        CRC32 crc = new CRC32();
        crc.update(slug.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % count == index - 1;
    }
}
