package org.handout.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real browser for checking HTML pages: Debian's headless Chromium running axe-core (Deque's
 * accessibility checker, from npm) in the page, after the page and its images have loaded. No
 * WebDriver: the page gets axe and a small script that writes the verdict into the DOM, and Chromium's
 * {@code --dump-dom} prints it. {@code .ci/run} installs both; elsewhere point {@code CHROMIUM} and
 * {@code AXE_CORE_JS} at them, or install them where {@link #find()} looks.
 */
public final class Browser {
    /** One failed axe rule: its id, impact, help text and the elements it failed on. */
    public record Violation(String id, String impact, String help, List<String> nodes) {
    }

    /** What axe found, how many rules passed, and the images the browser could not show. */
    public record Verdict(List<Violation> violations, int passes, List<String> brokenImages) {
    }

    private static final Pattern RESULT = Pattern.compile("<pre id=\"axe-result\">(.*?)</pre>", Pattern.DOTALL);

    private final Path chromium;
    private final Path axe;

    private Browser(Path chromium, Path axe) {
        this.chromium = chromium;
        this.axe = axe;
    }

    /** Chromium and axe-core where {@code .ci/run} puts them (or where the environment says), if both are there. */
    public static Optional<Browser> find() {
        Optional<Path> chromium = first(System.getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser");
        Optional<Path> axe = first(System.getenv("AXE_CORE_JS"), "target/axe/node_modules/axe-core/axe.min.js");
        return chromium.isPresent() && axe.isPresent() ? Optional.of(new Browser(chromium.get(), axe.get())) : Optional.empty();
    }

    /** What to install when {@link #find()} finds nothing. */
    public static String howToInstall() {
        return "needs Chromium and axe-core: apt-get install chromium; npm install --prefix target/axe axe-core@4.14.1"
                + " (or set CHROMIUM and AXE_CORE_JS); .ci/run does both";
    }

    private static final java.util.concurrent.atomic.AtomicBoolean TOLD = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Prints, once per test run, what is skipped and what to install, on the console: Maven shows a
     * skipped test only as a count, and an assumption's message only in the reports folder.
     */
    public static void sayOnceWhySkipped(String what) {
        if (!TOLD.getAndSet(true)) {
            System.out.println("[WARNING] browser tests skipped (" + what + "): " + howToInstall());
        }
    }

    private static Optional<Path> first(String... candidates) {
        return Stream.of(candidates).filter(c -> c != null && !c.isBlank()).map(Path::of)
                .filter(Files::isRegularFile).findFirst();
    }

    /**
     * Opens {@code page} (a file; its relative links and images resolve beside it) in headless Chromium
     * and runs every axe-core rule on it once it has loaded.
     */
    public Verdict check(Path page, Path scratch) throws IOException, InterruptedException {
        String html = Files.readString(page, StandardCharsets.UTF_8);
        String script = "<script>" + Files.readString(axe, StandardCharsets.UTF_8) + "</script>\n<script>\n"
                + "window.addEventListener('load', function () {\n"
                + "  var broken = Array.from(document.images).filter(function (i) { return !i.complete || i.naturalWidth === 0; })\n"
                + "      .map(function (i) { return i.getAttribute('src'); });\n"
                + "  function show(result) { var pre = document.createElement('pre'); pre.id = 'axe-result';\n"
                + "    pre.textContent = JSON.stringify(result); document.body.appendChild(pre); }\n"
                + "  axe.run(document).then(function (r) {\n"
                + "    show({violations: r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help,\n"
                + "        nodes: v.nodes.map(function (n) { return n.target.join(' ') + ': ' + n.failureSummary; })}; }),\n"
                + "      passes: r.passes.length, broken: broken});\n"
                + "  }, function (e) { show({error: String(e)}); });\n"
                + "});\n</script>\n";
        int body = html.lastIndexOf("</body>");
        if (body < 0) {
            throw new IllegalArgumentException(page + " has no </body>");
        }
        Path checked = page.resolveSibling("." + page.getFileName() + ".axe.html");
        Files.writeString(checked, html.substring(0, body) + script + html.substring(body), StandardCharsets.UTF_8);
        try {
            return verdict(dumpDom(checked, scratch));
        } finally {
            Files.deleteIfExists(checked);
        }
    }

    private String dumpDom(Path page, Path scratch) throws IOException, InterruptedException {
        Path out = scratch.resolve("dom.html");
        Path err = scratch.resolve("chromium.log");
        // The flags keep Chromium off the network (this machine's is closed) and out of the user's profile.
        Process chrome = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + scratch.resolve("profile"), "--virtual-time-budget=30000",
                "--dump-dom", page.toUri().toString())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!chrome.waitFor(120, TimeUnit.SECONDS)) {
            chrome.destroyForcibly();
            throw new IOException("Chromium did not finish within 120 s");
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static Verdict verdict(String dom) throws IOException {
        Matcher m = RESULT.matcher(dom);
        if (!m.find()) {
            throw new IOException("axe-core gave no result; the page as Chromium left it:\n"
                    + dom.substring(Math.max(0, dom.length() - 2000)));
        }
        String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
        JsonNode root = new ObjectMapper().readTree(json);
        if (root.has("error")) {
            throw new IOException("axe-core failed: " + root.get("error").asText());
        }
        List<Violation> violations = new ArrayList<>();
        for (JsonNode v : root.path("violations")) {
            List<String> nodes = new ArrayList<>();
            v.path("nodes").forEach(n -> nodes.add(n.asText()));
            violations.add(new Violation(v.path("id").asText(), v.path("impact").asText(), v.path("help").asText(), nodes));
        }
        List<String> broken = new ArrayList<>();
        root.path("broken").forEach(b -> broken.add(b.asText()));
        return new Verdict(violations, root.path("passes").asInt(), broken);
    }
}
