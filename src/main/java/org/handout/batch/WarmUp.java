package org.handout.batch;

import java.util.concurrent.atomic.AtomicBoolean;
import org.handout.validation.PdfValidator;

/**
 * A head start for a cold JVM: the first time a leaflet needs building, a background thread reads
 * veraPDF's rule sets while the worker reads and lays out the leaflet. Never started when every PDF
 * is reused. (Validating a bundled leaflet as well was tried and dropped: veraPDF compiles its rules
 * once per thread, so that work was lost to the worker and only competed with it for the cores.)
 */
final class WarmUp {
    private final PdfValidator validator;
    private final AtomicBoolean started = new AtomicBoolean();

    WarmUp(PdfValidator validator) {
        this.validator = validator;
    }

    void start() {
        if (started.compareAndSet(false, true)) {
            Thread thread = new Thread(this::run, "handout-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    private void run() {
        try {
            validator.loadRules();
        } catch (RuntimeException e) {
            // only a head start: the first validation reads the rules itself
        }
    }
}
