package org.handout.batch;

import java.util.List;
import org.handout.diagnostic.DiagnosticException;
import org.handout.fidelity.LayoutCheck;
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

    record Result(RenderedPdf pdf, List<LayoutCheck.Finding> findings) {
    }

    private CheckedLayout() {
    }

    /** Each layout is timed as {@link StageTimes.Stage#LAYOUT}, each check as {@link StageTimes.Stage#LAYOUT_CHECK}. */
    static Result lay(Leaflet leaflet, String variant, Renderer renderer, StageTimes times) throws DiagnosticException {
        float smallest = LayoutCheck.smallestType(variant);
        RenderedPdf best = render(renderer, LayoutPass.FIRST, times);
        List<LayoutCheck.Finding> found = check(leaflet, best, smallest, times);
        for (LayoutPass pass : List.of(LayoutPass.COMPACT_END, LayoutPass.COLOPHON_IN_BOX, LayoutPass.LAST_PART_WITH_END)) {
            if (found.stream().noneMatch(f -> f.rule().equals("furniture"))) {
                break;
            }
            RenderedPdf again = render(renderer, pass, times);
            List<LayoutCheck.Finding> foundAgain = check(leaflet, again, smallest, times);
            if (foundAgain.size() < found.size() && again.pages() <= best.pages()) {
                best = again;
                found = foundAgain;
            }
        }
        return new Result(best, found);
    }

    private static RenderedPdf render(Renderer renderer, LayoutPass pass, StageTimes times) throws DiagnosticException {
        long start = System.nanoTime();
        RenderedPdf pdf = renderer.render(pass);
        times.since(StageTimes.Stage.LAYOUT, start);
        return pdf;
    }

    private static List<LayoutCheck.Finding> check(Leaflet leaflet, RenderedPdf pdf, float smallest, StageTimes times) {
        long start = System.nanoTime();
        List<LayoutCheck.Finding> found = LayoutCheck.check(leaflet, pdf.bytes(), smallest);
        times.since(StageTimes.Stage.LAYOUT_CHECK, start);
        return found;
    }
}
