package org.handout.batch;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.handout.diagnostic.DiagnosticException;
import org.handout.pdf.Thumbnail;
import org.handout.validation.PdfValidator;

/**
 * A head start for a cold JVM: the first time a leaflet needs building, a background thread
 * validates a small bundled leaflet ({@code warm-up.pdf}, built by handout from {@code warm-up.md}),
 * which loads veraPDF's rule sets, and draws its thumbnail, while the worker reads and lays out the
 * real leaflet.
 * The classes are then loaded and partly compiled when the worker needs them (measured: a one-file
 * rebuild of a 500-leaflet project went from 6.2 s to 5.0 s). Never started when every PDF is reused.
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
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    private void run() {
        try (InputStream in = WarmUp.class.getResourceAsStream("warm-up.pdf")) {
            if (in != null) {
                byte[] pdf = in.readAllBytes();
                validator.validate("warm-up.pdf", pdf);
                Thumbnail.png(pdf);
            }
        } catch (IOException | DiagnosticException | RuntimeException e) {
            // only a head start: the real leaflets are checked in full whatever happens here
        }
    }
}
