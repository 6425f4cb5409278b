package org.handout.batch;

import java.util.List;
import org.handout.diagnostic.DiagnosticException;
import org.handout.fidelity.LayoutCheck;
import org.handout.model.Leaflet;
import org.handout.pdf.LayoutPass;
import org.handout.pdf.RenderedPdf;

/**
 * Lays a leaflet out, reads the PDF back with the layout self-check and, when the leaflet's end is
 * alone on its last page, lays it out again (at most twice: {@link LayoutPass}). A pass is kept only
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

    static Result lay(Leaflet leaflet, String variant, Renderer renderer) throws DiagnosticException {
        float smallest = LayoutCheck.smallestType(variant);
        RenderedPdf best = renderer.render(LayoutPass.FIRST);
        List<LayoutCheck.Finding> found = LayoutCheck.check(leaflet, best.bytes(), smallest);
        for (LayoutPass pass : List.of(LayoutPass.COMPACT_END, LayoutPass.LAST_PART_WITH_END)) {
            if (found.stream().noneMatch(f -> f.rule().equals("furniture"))) {
                break;
            }
            RenderedPdf again = renderer.render(pass);
            List<LayoutCheck.Finding> foundAgain = LayoutCheck.check(leaflet, again.bytes(), smallest);
            if (foundAgain.size() < found.size() && again.pages() <= best.pages()) {
                best = again;
                found = foundAgain;
            }
        }
        return new Result(best, found);
    }
}
