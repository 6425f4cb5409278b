package org.handout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A reader who follows a link in the README or docs/ arrives: at a file that exists, at a heading it has. */
class DocumentationLinksTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)|src=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    @Test
    void everyLinkBetweenThePagesLeadsSomewhere() throws Exception {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            Matcher m = LINK.matcher(withoutCode(Files.readString(page)));
            while (m.find()) {
                String target = m.group(1) != null ? m.group(1) : m.group(2);
                if (target.matches("[a-z]+:.*")) {
                    continue; // https:, mailto: … in examples
                }
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                Path resolved = file.isEmpty() ? page : page.resolveSibling(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target + " (no such file)");
                } else if (target.contains("#") && !anchors(resolved).contains(target.substring(target.indexOf('#') + 1))) {
                    broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void theReadmesMoreListLinksEveryPageInDocs() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String more = readme.substring(readme.indexOf("\n## More\n"));
        for (Path page : pages()) {
            if (page.startsWith("docs")) {
                assertTrue(more.contains("](" + page.toString().replace('\\', '/') + ")"),
                        "README.md's More list links " + page);
            }
        }
    }

    private static List<Path> pages() throws Exception {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The page without its code blocks and code spans, whose links are examples. */
    private static String withoutCode(String page) {
        return page.replaceAll("(?ms)^```.*?^```", "").replaceAll("````.*?````", "").replaceAll("``.*?``", "").replaceAll("`[^`\\n]*`", "");
    }

    /** The anchors a Markdown page's headings get, as GitHub makes them. */
    private static List<String> anchors(Path page) throws Exception {
        List<String> anchors = new ArrayList<>();
        Matcher m = HEADING.matcher(withoutCode(Files.readString(page)));
        while (m.find()) {
            anchors.add(m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return anchors;
    }
}
