package org.handout.content;

/** The picture formats handout prints, told apart by their first bytes (never by the file name). */
enum PictureFormat {
    PNG, JPEG, GIF;

    /** The format whose signature {@code head} starts with, or {@code null}. */
    static PictureFormat sniff(byte[] head, int length) {
        if (length >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return PNG;
        }
        if (length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (length >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return GIF;
        }
        return null;
    }
}
