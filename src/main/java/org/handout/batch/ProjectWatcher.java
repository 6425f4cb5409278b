package org.handout.batch;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Tells when anything a build reads has been saved: files under {@code content/} and
 * {@code templates/}, and {@code handout.yaml}. Editors save in bursts (temporary file, rename,
 * touch), so a change is reported once the project has been quiet for a moment. Not thread-safe.
 */
public final class ProjectWatcher implements AutoCloseable {
    private static final Duration QUIET = Duration.ofMillis(150);

    private final Path project;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();

    public ProjectWatcher(Path project) throws IOException {
        this.project = project.toAbsolutePath().normalize();
        this.service = FileSystems.getDefault().newWatchService();
        watch(this.project, false);
        for (String folder : new String[] {"content", "templates"}) {
            Path dir = this.project.resolve(folder);
            if (Files.isDirectory(dir)) {
                watch(dir, true);
            }
        }
    }

    /**
     * Waits up to {@code timeout} for a change, then for the project to be quiet.
     *
     * @return whether anything changed
     */
    public boolean awaitChange(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            WatchKey key = left <= 0 ? null : service.poll(left, TimeUnit.NANOSECONDS);
            if (key == null) {
                return false;
            }
            // Changes elsewhere (output/ being written) do not count; keep waiting for one that does.
            boolean relevant = false;
            while (key != null) {
                relevant |= handle(key);
                key = service.poll(QUIET.toMillis(), TimeUnit.MILLISECONDS);
            }
            if (relevant) {
                return true;
            }
        }
    }

    private boolean handle(WatchKey key) throws IOException {
        Path folder = folders.get(key);
        boolean relevant = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || !(event.context() instanceof Path name)) {
                relevant = true; // overflow: something changed
                continue;
            }
            Path changed = folder.resolve(name);
            if (folder.equals(project)) {
                relevant |= name.toString().equals("handout.yaml") || name.toString().equals("content")
                        || name.toString().equals("templates");
                if ((name.toString().equals("content") || name.toString().equals("templates"))
                        && Files.isDirectory(changed)) {
                    watch(changed, true);
                }
            } else {
                relevant = true;
                if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                    watch(changed, true); // a new sub-folder of content/ or templates/
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
        return relevant;
    }

    private void watch(Path dir, boolean recursive) throws IOException {
        if (!recursive) {
            folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            return;
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path d : tree.filter(Files::isDirectory).toList()) {
                folders.put(d.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), d);
            }
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
