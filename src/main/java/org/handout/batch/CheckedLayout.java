package org.handout.batch;

import java.util.List;
import org.handout.diagnostic.DiagnosticException;
import org.handout.fidelity.LayoutCheck;
import org.handout.fidelity.ReadBack;
import org.handout.model.Leaflet;
import org.handout.pdf.LayoutPass;
import org.handout.pdf.RenderedPdf;

/**
 * Lays a leaflet out, reads the PDF back with the layout self-check and, when the leaflet's end is
 * alone on its last page, lays it out again (at most three times: {@link LayoutPass}). A pass is kept only
 * when it has fewer findings and no more pages; what is still found is reported as warnings.
 */
final class CheckedLayout {
    /** One layout attempt. */
    interface Renderer {
        RenderedPdf render(LayoutPass pass) throws DiagnosticException;
    }

    /** The PDF kept, what the self-check still found in it, and the PDF as it read it (for the fidelity check; to be closed). */
    record Result(RenderedPdf pdf, List<LayoutCheck.Finding> findings, ReadBack readBack) {
    }

    /** One pass: its PDF, as read back, and what the self-check found in it. */
    private record Pass(RenderedPdf pdf, ReadBack readBack, List<LayoutCheck.Finding> found) {
    }

    private CheckedLayout() {
    }

    /** Each layout is timed as {@link StageTimes.Stage#LAYOUT}, each check as {@link StageTimes.Stage#LAYOUT_CHECK}. */
    static Result lay(Leaflet leaflet, String variant, Renderer renderer, StageTimes times) throws DiagnosticException {
        float smallest = LayoutCheck.smallestType(variant);
        Pass best = pass(leaflet, renderer, LayoutPass.FIRST, smallest, times);
        try {
            for (LayoutPass next : List.of(LayoutPass.COMPACT_END, LayoutPass.COLOPHON_IN_BOX,
                    LayoutPass.LAST_PART_WITH_END)) {
                if (best.found().stream().noneMatch(f -> f.rule().equals("furniture"))) {
                    break;
                }
                Pass again = pass(leaflet, renderer, next, smallest, times);
                if (again.found().size() < best.found().size() && again.pdf().pages() <= best.pdf().pages()) {
                    best.readBack().close();
                    best = again;
                } else {
                    again.readBack().close();
                }
            }
        } catch (DiagnosticException | RuntimeException | Error e) {
            best.readBack().close();
            throw e;
        }
        return new Result(best.pdf(), best.found(), best.readBack());
    }

    private static Pass pass(Leaflet leaflet, Renderer renderer, LayoutPass pass, float smallest, StageTimes times)
            throws DiagnosticException {
        RenderedPdf pdf = render(renderer, pass, times);
        long start = System.nanoTime();
        ReadBack readBack = ReadBack.of(pdf.bytes());
        List<LayoutCheck.Finding> found = LayoutCheck.check(leaflet, readBack, smallest);
        times.since(StageTimes.Stage.LAYOUT_CHECK, start);
        return new Pass(pdf, readBack, found);
    }

    private static RenderedPdf render(Renderer renderer, LayoutPass pass, StageTimes times) throws DiagnosticException {
        long start = System.nanoTime();
        RenderedPdf pdf = renderer.render(pass);
        times.since(StageTimes.Stage.LAYOUT, start);
        return pdf;
    }
}
