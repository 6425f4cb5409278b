package org.handout.validation;

import java.util.Arrays;

/**
 * Not a test: measures the first validation in a cold JVM and the per-file time of repeated
 * validations of one small PDF. Run with the test classpath:
 * {@code java -cp target/test-classes:target/classes:<deps> org.handout.validation.ValidationTiming [runs] [file.pdf]}.
 */
public final class ValidationTiming {

    private ValidationTiming() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        byte[] pdf = args.length > 1 ? java.nio.file.Files.readAllBytes(java.nio.file.Path.of(args[1]))
                : TestPdfs.untagged();
        long t0 = System.nanoTime();
        PdfValidator validator = new PdfValidator();
        long t1 = System.nanoTime();
        ValidationReport first = validator.validate("timing.pdf", pdf);
        long t2 = System.nanoTime();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            validator.validate("timing.pdf", pdf);
            ms[i] = (System.nanoTime() - s) / 1e6;
        }
        System.out.printf("PDF: %d bytes; first report passed=%s, %d rules failed%n", pdf.length, first.passed(),
                first.results().stream().mapToInt(r -> r.failures().size()).sum());
        System.out.printf("init (new PdfValidator): %.0f ms%n", (t1 - t0) / 1e6);
        System.out.printf("first validation (UA-1 + 2a): %.0f ms%n", (t2 - t1) / 1e6);
        System.out.printf("runs 2-11: median %.1f ms%n", median(Arrays.copyOfRange(ms, 0, Math.min(10, runs))));
        System.out.printf("last 50 of %d: median %.1f ms, min %.1f ms%n", runs,
                median(Arrays.copyOfRange(ms, Math.max(0, runs - 50), runs)),
                Arrays.stream(ms, Math.max(0, runs - 50), runs).min().orElse(0));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }
}
