package org.handout.template;

import java.io.IOException;
import java.io.Writer;
import java.util.function.Supplier;

/**
 * Collects a template's output and refuses to grow past a limit, so a template that writes without end
 * stops while it writes rather than when the heap is full.
 */
final class BoundedWriter extends Writer {
    private final StringBuilder out = new StringBuilder(16 * 1024);
    private final long limit;
    private final Supplier<TemplateStop> where;

    /** Thrown by a write that would pass the limit, with where the template was; the run then stops. */
    static final class LimitReached extends IOException {
        private final TemplateStop stop;

        LimitReached(TemplateStop stop) {
            super("the output limit was reached", null);
            this.stop = stop;
        }

        TemplateStop stop() {
            return stop;
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /** @param where asked, when the limit is reached, where the template is */
    BoundedWriter(long limit, Supplier<TemplateStop> where) {
        this.limit = limit;
        this.where = where;
    }

    long length() {
        return out.length();
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        check(length);
        out.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        check(length);
        out.append(text, offset, offset + length);
    }

    @Override
    public void write(int c) throws IOException {
        check(1);
        out.append((char) c);
    }

    private void check(int more) throws LimitReached {
        if (out.length() + (long) more > limit) {
            throw new LimitReached(where.get());
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
