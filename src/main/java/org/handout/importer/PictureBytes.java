package org.handout.importer;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A picture's kind, from its first bytes: the kinds a leaflet shows (PNG, JPEG, GIF), or why not. */
final class PictureBytes {
    static final String TOO_LARGE = "a picture of more than " + ImportLimits.PICTURE_BYTES / (1024 * 1024) + " MB is left"
            + " out — make it smaller (in Word: Picture Format › Compress Pictures) and import again";

    private PictureBytes() {
    }

    /** Why these bytes cannot be a leaflet's picture, or null when they can. */
    static String refusal(byte[] bytes, String contentType) {
        String linked = WordSource.linkedAddress(bytes);
        if (linked != null) {
            return "a picture linked to \"" + linked + "\" is not inside the document, so it is not imported — insert"
                    + " the picture itself (in Word: Insert › Pictures, not \"Link to File\") and import again, or copy"
                    + " it beside the leaflet and add it here";
        }
        if (bytes.length > ImportLimits.PICTURE_BYTES) {
            return TOO_LARGE;
        }
        if (extension(bytes) == null) {
            return "a picture in a format a leaflet cannot show (" + (contentType == null ? "unknown" : contentType)
                    + ") is left out — save it as PNG or JPEG beside the leaflet and add it here as ![what it shows](file.png)";
        }
        return null;
    }

    /** png, jpg or gif; null for anything else. */
    static String extension(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return "jpg";
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return "gif";
        }
        return null;
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
