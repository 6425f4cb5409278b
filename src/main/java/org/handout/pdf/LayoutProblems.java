package org.handout.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.fontstore.FontNotFoundException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.Place;

/**
 * What a user reads when the layout stage fails: the resources it was refused and why, or what the
 * layout engine (OpenHTMLtoPDF) stopped on, in plain words and at the template's place, never the
 * engine's class names or a stack trace.
 */
final class LayoutProblems {
    private static final String ATKINSON = "use the embedded \"" + EmbeddedFonts.ATKINSON + "\"";
    private static final Pattern FAMILIES = Pattern.compile("families: \\[(.*?)\\]");
    /** Where in the engine it failed, by the class it failed in, for "while laying out …". */
    private static final Map<String, String> PARTS = Map.ofEntries(
            Map.entry("com.openhtmltopdf.newtable.", "a table"),
            Map.entry("com.openhtmltopdf.layout.FloatManager", "a float"),
            Map.entry("com.openhtmltopdf.render.PageBox", "the page's margins or running footer"),
            Map.entry("com.openhtmltopdf.render.InlineText", "text"),
            Map.entry("com.openhtmltopdf.render.InlineLayoutBox", "text"),
            Map.entry("com.openhtmltopdf.pdfboxout.PdfBoxImage", "a picture"),
            Map.entry("com.openhtmltopdf.css.", "the CSS"),
            Map.entry("com.openhtmltopdf.bidi.", "right-to-left text"),
            Map.entry("com.openhtmltopdf.render.BlockBox", "a block"),
            Map.entry("com.openhtmltopdf.layout.", "the layout"));

    private LayoutProblems() {
    }

    /** One error for each resource the engine was refused, at the place the template names it. */
    static List<Diagnostic> refusals(List<ResourceGuard.Refusal> refusals, Path root, TemplatePlaces where) {
        List<Diagnostic> errors = new ArrayList<>();
        for (ResourceGuard.Refusal r : refusals) {
            String shown = shown(r.uri(), root);
            String kind = kind(r.type());
            String message = switch (r.why()) {
                case OUTSIDE -> r.type() == ExternalResourceType.FONT
                        ? "the font " + shown + " could not be loaded: handout only reads files inside the project and"
                                + " never fetches from the network — " + ATKINSON
                        : "refused to load " + shown + " — handout only reads files inside the project and never"
                                + " fetches from the network";
                case MISSING -> "the " + kind + " " + shown + " could not be loaded: there is no such file — check"
                        + " the address (in a template it is relative to the leaflet's folder)";
                case NOT_A_FONT -> "the font " + shown + " could not be loaded: it is not a TrueType or OpenType"
                        + " font file — use a .ttf or .otf file, or " + ATKINSON.substring(4);
            };
            errors.add(at(where.find(written(r.uri())), message));
        }
        return errors;
    }

    /** What the engine stopped on, without its class names. */
    static Diagnostic failure(Throwable e, TemplatePlaces where) {
        if (e instanceof FontNotFoundException) {
            Matcher m = FAMILIES.matcher(String.valueOf(e.getMessage()));
            String families = m.find() ? m.group(1) : "";
            String first = families.split(",")[0].trim();
            return at(where.find(first.isEmpty() ? null : first), "the font family "
                    + (families.isEmpty() ? "named in the template's CSS" : "\"" + families + "\"")
                    + " is not one handout has, so text in it cannot be drawn — name only font-family: "
                    + EmbeddedFonts.CSS_LIST + " (handout embeds them, and never uses the computer's or the web's fonts)");
        }
        if (e instanceof LayoutDeadline.Exceeded exceeded) {
            long ms = exceeded.limit().toMillis();
            return at(where.find(null), "laying out the page took more than "
                    + (ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms") + ", far longer than any leaflet needs: the template makes much more text, or many more boxes,"
                    + " than the leaflet has — check its loops and what it repeats");
        }
        if (e instanceof StackOverflowError) {
            return at(where.find(null), "the page nests elements too deeply for the layout engine to follow — put"
                    + " fewer elements inside each other");
        }
        String message = e.getMessage() == null ? "" : e.getMessage().trim();
        if (message.startsWith("The content width cannot be zero or less")
                || message.startsWith("The content height cannot be zero or less")) {
            boolean wide = message.startsWith("The content width");
            return at(where.find(null), "the page has no room for text: its " + (wide ? "left and right" : "top and"
                    + " bottom") + " margins take the whole " + (wide ? "width" : "height") + " of the paper, or more"
                    + " — check size: and margin: in the template's @page rules");
        }
        if (e instanceof NullPointerException && failedIn(e, "org.apache.pdfbox.pdmodel.PDAbstractContentStream.setFont")) {
            return at(where.find("@font-face"), "a font the template's CSS names could not be loaded, so its text"
                    + " cannot be drawn — name only font-family: " + EmbeddedFonts.CSS_LIST);
        }
        String part = part(e);
        String says = isPlainWords(message) ? " (it says: \"" + message + "\")" : "";
        return at(where.find(null), "the layout engine failed on something in the template's CSS or markup"
                + (part == null ? "" : " while laying out " + part) + says + " — undo the template's last change to"
                + " find it; column-count, float, position and transform are the usual causes");
    }

    private static Diagnostic at(Place place, String message) {
        return Diagnostic.error(place.file(), place.line(), place.column(), message);
    }

    private static boolean failedIn(Throwable e, String method) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length > 0 && method.equals(trace[0].getClassName() + "." + trace[0].getMethodName());
    }

    /** The part of the page the engine was working on, from the first of its classes on the stack. */
    private static String part(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("com.openhtmltopdf.")) {
                for (Map.Entry<String, String> p : PARTS.entrySet()) {
                    if (frame.getClassName().startsWith(p.getKey())) {
                        return p.getValue();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /** A message meant for people: no class, method or package names (as Java's helpful NullPointerException messages have). */
    private static boolean isPlainWords(String message) {
        return !message.isEmpty() && message.length() < 200 && !message.contains("\"")
                && !Pattern.compile("\\b[a-z]+\\.[a-z]+\\.|\\$|Exception|\\(\\)").matcher(message).find();
    }

    private static String kind(ExternalResourceType type) {
        if (type == null) {
            return "file";
        }
        return switch (type) {
            case FONT -> "font";
            case CSS -> "style sheet";
            case IMAGE_RASTER, XML_SVG, SVG_BINARY -> "picture";
            default -> "file";
        };
    }

    /** A file inside the project by its path there ({@code content/nosuch.png}); anything else as it is. */
    private static String shown(String uri, Path root) {
        try {
            URI u = URI.create(uri);
            if ("file".equalsIgnoreCase(u.getScheme())) {
                Path p = Path.of(u).toAbsolutePath().normalize();
                if (p.startsWith(root)) {
                    return root.relativize(p).toString().replace('\\', '/');
                }
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // shown as written
        }
        return uri.length() > 120 ? uri.substring(0, 119) + "…" : uri;
    }

    /** What the template most likely wrote: a web address whole, a file by its name. */
    private static String written(String uri) {
        if (uri.regionMatches(true, 0, "file:", 0, 5)) {
            try {
                Path name = Path.of(URI.create(uri)).getFileName();
                return name == null ? null : name.toString();
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                return null;
            }
        }
        return uri;
    }
}
