package org.handout.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a benchmark project of {@code n} leaflets in three realistic shapes, in turn: a short
 * one-page leaflet, a long one with sub-sections and a pay table (three to four pages), and a Welsh one.
 */
final class Corpus {
    private Corpus() {
    }

    static void write(Path project, int n) throws IOException {
        Files.createDirectories(project.resolve("content"));
        for (int i = 0; i < n; i++) {
            String text = switch (i % 3) {
                case 0 -> shortLeaflet(i);
                case 1 -> longLeaflet(i);
                default -> welshLeaflet(i);
            };
            Files.writeString(project.resolve(String.format(Locale.ROOT, "content/leaflet-%05d.md", i)), text);
        }
    }

    private static String head(String title, String lang, int i) {
        return "---\ntitle: " + title + " " + i + "\nlang: " + lang + "\nreviewed: 2026-11-01\nvariants: [a4]\n"
                + "source: https://www.healthcareers.nhs.uk/explore-roles/" + i + "\nsummary: A leaflet for the benchmark.\n"
                + "contact:\n  heading: Find out more\n  website: https://www.healthcareers.nhs.uk\n  phone: 0345 60 60 655\n---\n\n";
    }

    private static String shortLeaflet(int i) {
        return head("Healthcare support worker", "en-GB", i)
                + "Healthcare support workers help nurses and doctors care for patients. You could work on a ward,"
                + " in a clinic or in people's homes.\n\n## What you do\n\n- help patients wash and dress\n"
                + "- check temperature and pulse\n- talk with patients and their families\n\n## How to apply\n\n"
                + "You do not need a degree. Look for jobs on [NHS Jobs](https://www.jobs.nhs.uk).\n";
    }

    private static String longLeaflet(int i) {
        StringBuilder s = new StringBuilder(head("Becoming a radiographer", "en-GB", i));
        String para = "Radiographers use X-rays, scans and other imaging to find out what is wrong and to treat"
                + " illness. You work with patients of every age and with doctors and nurses across the hospital. ";
        for (String section : new String[] {"What radiographers do", "Where you work", "Training", "Your career"}) {
            s.append("## ").append(section).append("\n\n").append(para.repeat(3)).append("\n\n");
            s.append("### In practice\n\n").append(para.repeat(2)).append("\n\n- one thing\n- another thing\n\n");
        }
        s.append("## Pay\n\n| Band | Role | Pay |\n| --- | --- | --: |\n");
        for (int band = 2; band <= 8; band++) {
            s.append("| Band ").append(band).append(" | A role at band ").append(band).append(" | £")
                    .append(20 + band * 4).append(",000 |\n");
        }
        return s.toString();
    }

    private static String welshLeaflet(int i) {
        return head("Gyrfaoedd nyrsio", "cy", i)
                + "Mae nyrsys yn gofalu am bobl o bob oed. Mae rhai nyrsys yn ymweld â chleifion yn eu tŷ.\n\n"
                + "## Pedwar maes nyrsio\n\n- nyrsio oedolion\n- nyrsio plant\n- nyrsio anableddau dysgu\n"
                + "- nyrsio iechyd meddwl\n\n## Cyflog\n\nMae nyrsys yn y GIG yn cael eu talu ar raddfa"
                + " <span lang=\"en\">Agenda for Change</span>.\n";
    }
}
