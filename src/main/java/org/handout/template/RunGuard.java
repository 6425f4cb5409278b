package org.handout.template;

import freemarker.core.Environment;
import freemarker.core.TemplateProcessingTracer;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.util.HashMap;
import java.util.Map;

/**
 * Watches one run of a template from inside FreeMarker: it is told of every element the template
 * enters and leaves, so it knows where the run is (for messages), how deeply macros, functions and
 * includes are nested, how much text the template has captured, and how much memory each step (one
 * directive or {@code ${…}}) takes — a loop's many small steps are garbage, one huge step is a value
 * that doubles ({@code <#assign s = s + s>}) or a {@code ?left_pad(999999999)}.
 * It stops the run by throwing {@link TemplateStop.Stopped} from the element that went too far, and
 * again from every element after it, so an {@code #attempt} around it cannot carry on.
 * Used by the template's own thread; {@link #stop} may also be called from the thread waiting for it.
 */
final class RunGuard implements TemplateProcessingTracer {
    /**
     * Per-thread allocation counts, or null until ready: getting them starts Java's management classes
     * (30–80 ms in a cold JVM), so that is done beside the first template run, which then starts counting.
     */
    private static volatile com.sun.management.ThreadMXBean threads;

    static {
        java.util.concurrent.CompletableFuture.runAsync(() -> threads = threads());
    }
    /** How often memory is looked at: asking is slow (0.3 µs), and a huge step takes far longer than this. */
    private static final long MEMORY_CHECK_NANOS = 1_000_000;
    // FreeMarker's element classes for calls, known by class rather than by description, which is
    // built anew on every call; null if a FreeMarker version renames them (calls are then not counted).
    private static final Class<?> MACRO = element("Macro");
    private static final Class<?> INCLUDE = element("Include");
    private static final Class<?> IMPORT = element("LibraryLoad");

    private final TemplateLimits limits;
    private final BoundedWriter out;
    private TracedElement[] stack = new TracedElement[64];
    /** Published after each push and pop, so the waiting thread sees where a run that took too long is. */
    private volatile int size;
    private int calls;
    /** Bytes this thread had allocated at the last look; -1 when not counted. */
    private long allocated = -1;
    private long lastLook;
    /** Set once a limit is reached: the run is over, whatever catches the first throw. */
    private TemplateStop stopped;

    RunGuard(TemplateLimits limits) {
        this.limits = limits;
        this.out = new BoundedWriter(limits.outputChars(), () -> stop(TemplateStop.Kind.OUTPUT));
    }

    /** Where the template writes. */
    BoundedWriter out() {
        return out;
    }

    /** Starts counting memory; call on the template's thread, just before it runs. */
    void start() {
        lastLook = System.nanoTime();
        com.sun.management.ThreadMXBean t = threads;
        allocated = t == null ? -1 : t.getCurrentThreadAllocatedBytes();
    }

    @Override
    public void enterElement(Environment env, TracedElement element) {
        if (stopped != null) {
            throw new TemplateStop.Stopped(stopped);
        }
        int n = size;
        if (n == stack.length) {
            stack = java.util.Arrays.copyOf(stack, n * 2);
        }
        stack[n] = element;
        size = n + 1;
        if (isCall(element) && ++calls > limits.callDepth()) {
            throw halt(TemplateStop.Kind.DEPTH);
        }
        Writer current = env.getOut();
        if (current instanceof StringWriter captured
                && out.length() + captured.getBuffer().length() > limits.outputChars()) {
            throw halt(TemplateStop.Kind.OUTPUT);
        }
        checkMemory();
    }

    @Override
    public void exitElement(Environment env, TracedElement element) {
        if (stopped != null) {
            throw new TemplateStop.Stopped(stopped);
        }
        checkMemory();
        if (isCall(element)) {
            calls--;
        }
        size = Math.max(0, size - 1);
    }

    private void checkMemory() {
        long time = System.nanoTime();
        com.sun.management.ThreadMXBean t = threads;
        if (t != null && time - lastLook >= MEMORY_CHECK_NANOS) {
            lastLook = time;
            long now = t.getCurrentThreadAllocatedBytes();
            long step = allocated < 0 ? 0 : now - allocated;
            allocated = now;
            if (step > limits.memory()) {
                throw halt(TemplateStop.Kind.MEMORY);
            }
        }
    }

    private TemplateStop.Stopped halt(TemplateStop.Kind kind) {
        stopped = stop(kind);
        return new TemplateStop.Stopped(stopped);
    }

    /**
     * Where to say the run stopped: for a call too deep, the call that repeats most; for time and
     * output, the innermost loop running (the likely culprit); otherwise the innermost element.
     */
    TemplateStop stop(TemplateStop.Kind kind) {
        TracedElement[] elements = stack;
        int n = Math.min(size, elements.length);
        TracedElement at;
        String what;
        if (kind == TemplateStop.Kind.DEPTH) {
            what = mostCalled(elements, n);
            at = callSite(elements, n, what);
        } else {
            at = kind == TemplateStop.Kind.TIME || kind == TemplateStop.Kind.OUTPUT ? innermostLoop(elements, n) : null;
            at = at != null ? at : innermost(elements, n);
            what = at == null ? null : at.getDescription();
        }
        if (at == null) {
            return new TemplateStop(kind, null, 0, 0, what);
        }
        return new TemplateStop(kind, at.getTemplate() == null ? null : at.getTemplate().getSourceName(),
                at.getBeginLine(), at.getBeginColumn(), what);
    }

    /** The macro, function or file called most often in the stack ({@code macro "card"}). */
    private static String mostCalled(TracedElement[] elements, int n) {
        Map<String, Integer> counts = new HashMap<>();
        String most = null;
        for (int i = 0; i < n; i++) {
            String called = called(elements[i].getDescription());
            if (called != null && counts.merge(called, 1, Integer::sum) >= counts.getOrDefault(most, 0)) {
                most = called;
            }
        }
        return most;
    }

    /** Where the innermost call of it was made: the element that entered a macro's body, or the #include itself. */
    private static TracedElement callSite(TracedElement[] elements, int n, String called) {
        for (int i = n - 1; i >= 0 && called != null; i--) {
            String description = elements[i].getDescription();
            if (called.equals(called(description))) {
                boolean body = description.startsWith("#macro ") || description.startsWith("#function ");
                return body && i > 0 ? elements[i - 1] : elements[i];
            }
        }
        return innermost(elements, n);
    }

    private static TracedElement innermostLoop(TracedElement[] elements, int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (isLoop(elements[i].getDescription())) {
                return elements[i];
            }
        }
        return null;
    }

    /** The innermost element the template wrote (not one of FreeMarker's interruption checks). */
    private static TracedElement innermost(TracedElement[] elements, int n) {
        for (int i = n - 1; i >= 0; i--) {
            if (!elements[i].getDescription().startsWith("##")) {
                return elements[i];
            }
        }
        return null;
    }

    private static boolean isCall(TracedElement element) {
        Class<?> type = element.getClass();
        return type == MACRO || type == INCLUDE || type == IMPORT;
    }

    private static Class<?> element(String name) {
        try {
            return Class.forName("freemarker.core." + name);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** {@code macro "card"}, {@code function "f"}, {@code #include "page.ftlh"}; null for other elements. */
    private static String called(String description) {
        if (description.startsWith("#macro ") || description.startsWith("#function ")) {
            String[] words = description.split("[\\s(]+", 3);
            return words.length < 2 ? null : words[0].substring(1) + " \"" + words[1] + "\"";
        }
        if (description.startsWith("#include ") || description.startsWith("#import ")) {
            return description;
        }
        return null;
    }

    private static boolean isLoop(String description) {
        return description.startsWith("#list ") || description.startsWith("#items ")
                || description.startsWith("#foreach ");
    }

    private static com.sun.management.ThreadMXBean threads() {
        try {
            if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                    && t.isThreadAllocatedMemorySupported()) {
                t.setThreadAllocatedMemoryEnabled(true);
                return t;
            }
        } catch (UnsupportedOperationException | LinkageError e) {
            // a JVM without per-thread allocation counts: the time and output limits still hold
        }
        return null;
    }
}
