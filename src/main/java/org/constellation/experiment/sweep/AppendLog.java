package org.constellation.experiment.sweep;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.function.Predicate;

/**
 * A CSV file that is only ever appended to, a line at a time, and forced to disk after each record,
 * so that a run recorded is never lost; on resume, whatever follows the last complete, valid line
 * (a line half-written when the process was killed) is cut off. It is never opened through a
 * symbolic link.
 */
final class AppendLog implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;

    private AppendLog(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Creates the file with a header, or opens it for appending after checking its header. */
    static AppendLog open(Path file, String header) throws IOException {
        boolean fresh = !Files.exists(file) || Files.size(file) == 0;
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND, LinkOption.NOFOLLOW_LINKS);
        AppendLog log = new AppendLog(file, channel);
        if (fresh) {
            log.append(List.of(header));
        }
        return log;
    }

    /** Appends lines and forces them to disk. */
    void append(List<String> lines) throws IOException {
        StringBuilder b = new StringBuilder();
        for (String line : lines) {
            b.append(line).append('\n');
        }
        ByteBuffer buffer = ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8));
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        channel.force(false);
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    /**
     * Keeps the header and then the data lines for which {@code keep} holds, in order, stopping at the
     * first that does not (or that is incomplete, having no line end), and cuts the file there. Reads
     * the file as a stream, so files of any size can be resumed.
     *
     * @return the number of data lines kept
     * @throws IOException if the header is not the one expected
     */
    static long truncateAfter(Path file, String header, Predicate<String> keep) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long offset = 0;
        long cut = -1;
        long kept = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS), 1 << 16)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            int b;
            boolean first = true;
            while ((b = in.read()) >= 0) {
                offset++;
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (first) {
                    if (!text.equals(header)) {
                        throw new IOException(file + " was written by a different experiment or version "
                                + "(its header differs)");
                    }
                    first = false;
                } else if (!keep.test(text)) {
                    break;
                } else {
                    kept++;
                }
                cut = offset;
            }
        }
        if (cut < 0) {
            cut = 0;
        }
        if (cut < Files.size(file)) {
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                ch.truncate(cut);
                ch.force(true);
            }
        }
        return kept;
    }
}
