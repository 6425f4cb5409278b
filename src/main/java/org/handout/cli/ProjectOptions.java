package org.handout.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.handout.batch.BuildOptions;
import org.handout.diagnostic.Names;
import picocli.CommandLine.Option;

/** The options every command on a project shares: which project, and how strict to be. */
final class ProjectOptions {
    @Option(names = "--project", paramLabel = "DIR", defaultValue = ".",
            description = "The project folder, with content/ and optionally templates/ and handout.yaml"
                    + " (default: ${DEFAULT-VALUE}).")
    Path project;

    @Option(names = "--strict", description = "Treat authoring warnings (vague link text, unreadable"
            + " sentences…) as errors.")
    boolean strict;

    /** The build options these say: this project, its output folder, strict or not. */
    BuildOptions buildOptions() {
        return BuildOptions.of(project).withStrict(strict);
    }

    /** Why this is not a project handout can work on, or {@code null} when it is. */
    String usageProblem() {
        if (!Files.isDirectory(project)) {
            return "handout: no project folder " + project + " — give an existing folder with --project";
        }
        if (Files.isSymbolicLink(project.resolve("content"))) {
            String target;
            try {
                target = Names.printable(Files.readSymbolicLink(project.resolve("content")).toString());
            } catch (java.io.IOException e) {
                target = "somewhere handout cannot read";
            }
            return "handout: " + project + "/content is a symbolic link (to " + target + ") — handout reads leaflets only"
                    + " from a real content/ folder in the project, so that nothing outside it is read; move the folder"
                    + " into the project (and link the other way, if it must be seen elsewhere too)";
        }
        if (!Files.isDirectory(project.resolve("content"))) {
            return "handout: " + project + " has no content/ folder — a handout project keeps one Markdown"
                    + " file per leaflet in content/";
        }
        return null;
    }
}
