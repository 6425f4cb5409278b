package org.handout.template;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a template for one leaflet within {@link TemplateLimits}, on a thread of its own: one with a
 * known, large stack, so that nesting too deep for it is a {@link StackOverflowError} handout catches
 * there, and one the caller can give up on. The caller waits at most the time limit, then interrupts
 * the run (templates get FreeMarker's interruption checks in every loop and macro, see
 * {@link GuardedConfiguration}) and reports where it was; a run stuck inside one built-in (a huge
 * {@code ?left_pad}) is left to finish on its daemon thread, while the build goes on.
 */
final class TemplateRun {
    /** Room for {@link TemplateLimits#callDepth()} calls many times over (a 1 MB stack held about 300). */
    private static final long STACK_BYTES = 4L * 1024 * 1024;
    private static final ExecutorService THREADS = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30,
            TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
                Thread t = new Thread(null, task, "handout-template", STACK_BYTES);
                t.setDaemon(true);
                return t;
            });

    private TemplateRun() {
    }

    /**
     * The template's output.
     *
     * @throws TemplateStop.Stopped when a limit stopped it
     * @throws TemplateException    FreeMarker's own errors (syntax, missing values, wrong types)
     * @throws IOException          a template file that cannot be read
     */
    static String render(Configuration config, String path, Map<String, Object> data, TemplateLimits limits)
            throws TemplateException, IOException {
        RunGuard guard = new RunGuard(limits);
        Future<String> run = THREADS.submit(() -> {
            try {
                Template template = config.getTemplate(path);
                Environment env = template.createProcessingEnvironment(data, guard.out());
                env.setTemplateProcessingTracer(guard);
                guard.start();
                env.process();
                return guard.out().toString();
            } catch (TemplateException e) {
                // FreeMarker wraps what a function call throws; a stop inside one is still a stop
                for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                    if (c instanceof TemplateStop.Stopped stopped) {
                        throw stopped;
                    }
                }
                throw e;
            } catch (BoundedWriter.LimitReached e) {
                throw new TemplateStop.Stopped(e.stop());
            } catch (StackOverflowError e) {
                throw new TemplateStop.Stopped(guard.stop(TemplateStop.Kind.NESTING));
            } catch (OutOfMemoryError e) {
                throw new TemplateStop.Stopped(guard.stop(TemplateStop.Kind.MEMORY));
            }
        });
        try {
            return run.get(limits.time().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            TemplateStop where = guard.stop(TemplateStop.Kind.TIME);
            run.cancel(true);
            throw new TemplateStop.Stopped(where);
        } catch (InterruptedException e) {
            run.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the build was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TemplateException t) {
                throw t;
            }
            if (cause instanceof IOException t) {
                throw t;
            }
            if (cause instanceof RuntimeException t) {
                throw t;
            }
            if (cause instanceof Error t) {
                throw t;
            }
            throw new IllegalStateException(cause);
        }
    }
}
