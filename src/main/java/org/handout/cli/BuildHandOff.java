package org.handout.cli;

import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The client side of {@link BuildServer}: when a {@code handout watch} is running for the project,
 * {@code handout build} hands it the build, whose JVM is already warm, and prints what it sends back.
 * With no watch running (or a socket left behind by one that was killed), nothing happens and the
 * build runs here as usual.
 */
final class BuildHandOff {
    private BuildHandOff() {
    }

    /** The build's exit status when the running watch built it; empty when it is to be built here. */
    static Optional<Integer> tryRun(Path socket, BuildRequest request, PrintWriter out, PrintWriter err) {
        java.nio.file.attribute.BasicFileAttributes there = BuildServer.attributes(socket);
        if (there == null || !there.isOther()) {
            return Optional.empty(); // no socket; or a link or file in its place, which is not followed
        }
        boolean printed = false;
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            DataOutputStream to = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            request.write(to);
            to.flush();
            DataInputStream from = new DataInputStream(Channels.newInputStream(channel));
            while (true) {
                byte frame = from.readByte();
                switch (frame) {
                    case BuildServer.OUT -> {
                        out.print(from.readUTF());
                        out.flush();
                        printed = true;
                    }
                    case BuildServer.ERR -> {
                        err.print(from.readUTF());
                        err.flush();
                        printed = true;
                    }
                    case BuildServer.EXIT -> {
                        int status = from.readInt();
                        if (!request.quiet()) {
                            out.println("(built by the running handout watch)");
                            out.flush();
                        }
                        return Optional.of(status);
                    }
                    default -> {
                        return Optional.empty(); // refused: another project, another version
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // No watch listening (a socket left by one that was killed), or one that went away.
            if (printed) {
                err.println("handout: the running watch stopped during the build; building here instead");
            }
            return Optional.empty();
        }
    }
}
