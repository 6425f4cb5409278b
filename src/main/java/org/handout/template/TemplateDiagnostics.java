package org.handout.template;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.util.Locale;
import java.util.function.Function;
import org.handout.diagnostic.Diagnostic;

/**
 * What a user reads when a template fails: always at the template file's line and column, with
 * FreeMarker's reason or the limit handout stopped it at, and how to fix it; never a Java class name.
 * Messages do not name the leaflet (the FAILED line under them does), so the same mistake reads the
 * same for every leaflet and is printed once per build.
 */
final class TemplateDiagnostics {
    private static final String FIX_RUNTIME = "the values a template gets, and what each one is, are listed in"
            + " handout's docs/templates.md";
    private static final String FIX_SYNTAX = "check for an unclosed ${…} or <#…>, or a missing quote or bracket,"
            + " just before it";
    private static final int MAX_WHAT = 80;

    private final Function<String, String> fileOf;
    private final TemplateLimits limits;

    /** @param fileOf the file a FreeMarker template name stands for, as the user knows it ({@code templates/mine/page.ftlh}) */
    TemplateDiagnostics(Function<String, String> fileOf, TemplateLimits limits) {
        this.fileOf = fileOf;
        this.limits = limits;
    }

    Diagnostic syntax(ParseException e) {
        FreemarkerReason r = FreemarkerReason.of(e.getEditorMessage());
        return Diagnostic.error(fileOf.apply(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
                "template syntax: " + r.reason() + " — " + (r.fix() == null ? FIX_SYNTAX : r.fix()));
    }

    /** A FreeMarker error while the template ran: a missing value, a wrong type, an #include that failed. */
    Diagnostic failed(TemplateException e) {
        ParseException syntax = cause(e, ParseException.class);
        if (syntax != null) {
            return syntax(syntax);
        }
        String file = fileOf.apply(e.getTemplateSourceName());
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        TemplatesFolderLoader.OutsideTemplates outside = cause(e, TemplatesFolderLoader.OutsideTemplates.class);
        if (outside != null) {
            return Diagnostic.error(file, line, column, outside(outside));
        }
        TemplateNotFoundException missing = cause(e, TemplateNotFoundException.class);
        if (missing != null) {
            return Diagnostic.error(file, line, column, "there is no template file \"" + missing.getTemplateName()
                    + "\" to include — a name is relative to the file that includes it, inside templates/");
        }
        FreemarkerReason r = FreemarkerReason.of(e.getMessageWithoutStackTop());
        boolean blamed = r.line() > 0 && (r.line() > line || r.line() == line && r.column() > column);
        return Diagnostic.error(file, blamed ? r.line() : line, blamed ? r.column() : column,
                r.reason() + " — " + (r.fix() == null ? FIX_RUNTIME : r.fix()));
    }

    /**
     * The page itself could not be read (a link out of templates/, a file that vanished), or not parsed:
     * FreeMarker keeps a page that failed to parse, and for the next leaflet wraps the same syntax error.
     */
    Diagnostic unreadable(String page, IOException e) {
        ParseException syntax = cause(e, ParseException.class);
        if (syntax != null) {
            return syntax(syntax);
        }
        TemplatesFolderLoader.OutsideTemplates outside = cause(e, TemplatesFolderLoader.OutsideTemplates.class);
        return Diagnostic.error(fileOf.apply(page), outside != null ? outside(outside)
                : "could not be read (" + e.getMessage() + ") — check that the file exists and can be read");
    }

    private String outside(TemplatesFolderLoader.OutsideTemplates e) {
        return fileOf.apply(e.name()) + " is a link to a file outside the project's templates/ folder, which a"
                + " template may not read — copy the file into templates/ instead of linking to it";
    }

    /** A run handout stopped at one of its limits. */
    Diagnostic stopped(TemplateStop stop, String page) {
        String file = fileOf.apply(stop.template() == null ? page : stop.template());
        String in = stop.what() == null ? "" : " (in " + shorten(stop.what()) + ")";
        String message = switch (stop.kind()) {
            case TIME -> "the template was still running after " + seconds() + in + ", so handout stopped it —"
                    + " check that its loops and macros come to an end (a template takes milliseconds)";
            case OUTPUT -> "the template wrote more than " + megabytes(limits.outputChars()) + " of XHTML" + in
                    + ", so handout stopped it — check its #list loops (a leaflet's page is at most a few MB)";
            case MEMORY -> "the template built a value of more than " + megabytes(limits.memory()) + in
                    + ", so handout stopped it — check text built up with + or ?join in a loop";
            case DEPTH -> stop.what() != null && stop.what().startsWith("#")
                    ? "the template includes itself without end: " + shorten(stop.what()) + " is nested more than "
                            + limits.callDepth() + " deep — a file must not #include or #import itself, directly"
                            + " or through another file"
                    : "the template calls itself without end: " + (stop.what() == null ? "a macro" : stop.what())
                            + " is called inside itself more than " + limits.callDepth() + " deep — call it only"
                            + " inside an <#if> that ends the recursion";
            case NESTING -> "the template is nested too deeply for handout to run" + in
                    + " — use fewer elements, macros and includes inside each other";
        };
        return Diagnostic.error(file, stop.line(), stop.column(), message);
    }

    private String seconds() {
        long s = limits.time().toSeconds();
        return s >= 1 ? s + " s" : limits.time().toMillis() + " ms";
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? (long) mb + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    private static String shorten(String what) {
        String one = what.replaceAll("\\s+", " ");
        return one.length() <= MAX_WHAT ? one : one.substring(0, MAX_WHAT - 1) + "…";
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
