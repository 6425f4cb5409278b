package org.handout.template;

import freemarker.cache.FileTemplateLoader;
import java.io.File;
import java.io.IOException;

/**
 * The project's {@code templates/} folder as FreeMarker's file loader reads it, which refuses a name
 * that resolves outside the folder (a symlink to {@code /etc/passwd}, or out of the project) with a
 * {@link SecurityException}; here that refusal is an {@link OutsideTemplates} read error, which
 * FreeMarker reports at the {@code #include} or {@code #import} that asked for the file.
 */
final class TemplatesFolderLoader extends FileTemplateLoader {

    /** A template file that is a link to somewhere outside {@code templates/}. */
    static final class OutsideTemplates extends IOException {
        private final String name;

        OutsideTemplates(String name) {
            super("\"" + name + "\" leads outside the project's templates/ folder", null);
            this.name = name;
        }

        /** The template name, as FreeMarker resolved it ({@code mine/part.ftlh}). */
        String name() {
            return name;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    TemplatesFolderLoader(File folder) throws IOException {
        super(folder);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        try {
            return super.findTemplateSource(name);
        } catch (SecurityException e) {
            throw new OutsideTemplates(name);
        }
    }
}
