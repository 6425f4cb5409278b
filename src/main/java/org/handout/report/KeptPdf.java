package org.handout.report;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A PDF left in the output folder by an earlier build of a leaflet that failed this time: a good PDF
 * is never replaced by a failing one, so the reader of the folder must be told that this one is old.
 *
 * @param file  relative to the output folder ({@code nhs/nursing.pdf}), as in the reports
 * @param shown as the user knows it ({@code output/nhs/nursing.pdf})
 * @param built when that earlier build wrote it
 */
public record KeptPdf(String file, String shown, Instant built) {
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);

    /** {@code 2026-12-01 14:03 UTC} */
    public String builtOn() {
        return DAY_AND_TIME.format(built);
    }

    /** {@code output/x.pdf is from the build of 2026-12-01 14:03 UTC; this build failed} */
    public String message() {
        return sentence(List.of(this));
    }

    /** One sentence for all of a leaflet's kept PDFs; empty when there are none. */
    public static String sentence(List<KeptPdf> kept) {
        if (kept.isEmpty()) {
            return "";
        }
        boolean oneBuild = kept.stream().map(KeptPdf::builtOn).distinct().count() == 1;
        String files = oneBuild
                ? and(kept.stream().map(KeptPdf::shown).toList()) + (kept.size() == 1 ? " is" : " are")
                        + " from the build of " + kept.get(0).builtOn()
                : kept.stream().map(k -> k.shown() + " is from the build of " + k.builtOn())
                        .collect(Collectors.joining(", "));
        return files + "; this build failed";
    }

    private static String and(List<String> items) {
        return items.size() == 1 ? items.get(0)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
