package org.handout.cli;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.function.Consumer;
import org.handout.diagnostic.Diagnostic;
import org.handout.diagnostic.Names;
import org.handout.batch.BatchBuilder;
import org.handout.batch.BuildOptions;

/**
 * Lets {@code handout build} use a running {@code handout watch}'s warm JVM: the watch listens on a
 * Unix domain socket in the project's output folder ({@code output/.handout-watch.sock}, which only
 * its owner may use) and runs each build it is handed there, one
 * at a time and never during one of its own rebuilds, sending the printed lines and the exit status
 * back. Builds of another project are refused. A cold JVM spends seconds before the JIT has compiled
 * layout and veraPDF; a warm one builds an edited leaflet in a fraction of a second.
 */
final class BuildServer implements AutoCloseable {
    static final byte OUT = 'O';
    static final byte ERR = 'E';
    static final byte EXIT = 'X';
    static final byte REFUSED = 'R';
    private static final String SOCKET = ".handout-watch.sock";
    /** writeUTF takes at most 65,535 bytes; a character takes at most three. */
    private static final int CHUNK = 16_000;

    private final ServerSocketChannel channel;
    private final Path socket;
    private final Path project;
    private final BatchBuilder builder;

    private BuildServer(ServerSocketChannel channel, Path socket, Path project, BatchBuilder builder) {
        this.channel = channel;
        this.socket = socket;
        this.project = project;
        this.builder = builder;
    }

    /** Where the watch of this project listens. */
    static Path socketOf(Path project) {
        return BuildOptions.of(project).outDir().resolve(SOCKET);
    }

    /**
     * Listens for builds of this project, run with {@code builder} while holding its lock. Empty when
     * another watch already listens, or the socket cannot be made (a path too long for the system,
     * a read-only folder): the watch then works as before and builds run on their own. Something else
     * in the socket's place — a symbolic link, a file — is left alone, and {@code warn} told why.
     */
    static Optional<BuildServer> start(Path project, BatchBuilder builder, Consumer<Diagnostic> warn) {
        Path socket = socketOf(project).toAbsolutePath().normalize();
        try {
            BasicFileAttributes there = attributes(socket);
            if (there != null) {
                if (!there.isOther()) {
                    String what = there.isSymbolicLink() ? "a symbolic link (to " + Names.printable(
                            Files.readSymbolicLink(socket).toString()) + ")" : there.isDirectory() ? "a folder" : "a file";
                    warn.accept(Diagnostic.warning("output/" + SOCKET, 0, 0, "is " + what + ", not the socket of a"
                            + " watch, so this watch leaves it alone and each handout build runs on its own — remove it"
                            + " and start the watch again"));
                    return Optional.empty();
                }
                if (listening(socket)) {
                    return Optional.empty();
                }
                Files.delete(socket); // left behind by a watch that was killed
            }
            ServerSocketChannel channel = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            channel.bind(UnixDomainSocketAddress.of(socket));
            socket.toFile().deleteOnExit(); // also on Ctrl-C
            ownerOnly(socket);
            BuildServer server = new BuildServer(channel, socket, project.toAbsolutePath().normalize(), builder);
            Thread thread = new Thread(server::serve, "handout-build-server");
            thread.setDaemon(true);
            thread.start();
            return Optional.of(server);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What is at this path itself (a link is not followed), or null when nothing is. */
    static BasicFileAttributes attributes(Path path) {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    /** Only the user who runs the watch may connect (where the file system has POSIX permissions). */
    private static void ownerOnly(Path socket) throws IOException {
        try {
            Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: the folder's access list applies
        }
    }

    private static boolean listening(Path socket) {
        try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void serve() {
        while (channel.isOpen()) {
            try (SocketChannel client = channel.accept()) {
                handle(client);
            } catch (IOException | RuntimeException e) {
                // a client that went away, or the watch stopping: nothing to report
            }
        }
    }

    private void handle(SocketChannel client) throws IOException {
        BuildRequest request;
        DataOutputStream to = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
        try {
            request = BuildRequest.read(new DataInputStream(Channels.newInputStream(client)));
        } catch (IOException e) {
            to.writeByte(REFUSED);
            to.flush();
            return;
        }
        if (!sameFolder(request.options().projectDir(), project)) {
            to.writeByte(REFUSED);
            to.flush();
            return;
        }
        PrintWriter out = new PrintWriter(new FrameWriter(to, OUT), true);
        PrintWriter err = new PrintWriter(new FrameWriter(to, ERR), true);
        int status;
        synchronized (builder) {
            status = BuildCommand.run(builder, request, false, out, err);
        }
        out.flush();
        err.flush();
        to.writeByte(EXIT);
        to.writeInt(status);
        to.flush();
    }

    private static boolean sameFolder(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
            BasicFileAttributes there = attributes(socket);
            if (there != null && there.isOther()) {
                Files.delete(socket); // only our socket: never a link or file put in its place since
            }
        } catch (IOException e) {
            // the socket file goes when the JVM exits
        }
    }

    /** Text sent as frames of one kind, each time the writer is flushed (PrintWriter: every line). */
    private static final class FrameWriter extends Writer {
        private final DataOutputStream to;
        private final byte kind;
        private final StringBuilder pending = new StringBuilder();

        FrameWriter(DataOutputStream to, byte kind) {
            this.to = to;
            this.kind = kind;
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            pending.append(chars, offset, length);
        }

        @Override
        public void flush() throws IOException {
            synchronized (to) {
                for (int start = 0; start < pending.length(); start += CHUNK) {
                    to.writeByte(kind);
                    to.writeUTF(pending.substring(start, Math.min(pending.length(), start + CHUNK)));
                }
                pending.setLength(0);
                to.flush();
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
