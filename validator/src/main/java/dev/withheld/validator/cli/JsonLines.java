package dev.withheld.validator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a JSON Lines stream into its lines, holding at most one read buffer and the size limit of
 * one line: a longer line is skipped up to its end and reported as too long. Before each read from
 * the stream it runs a hook, so that the caller can flush its output when the next read may wait.
 */
final class JsonLines {

    private static final int BUFFER_BYTES = 1 << 16;

    private final InputStream in;
    private final int maxBytes;
    private final Runnable beforeRead;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    /** The start of a line that continues past the buffer, up to {@code maxBytes + 1} bytes. */
    private byte[] pending = new byte[0];
    private int pendingLength;
    private long lineNumber;

    /** One line: its number, and its bytes (without the line end; empty when it was too long). */
    record Line(long number, byte[] bytes, boolean tooLong) {
        boolean blank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * @param in         the stream, read in blocks (no need to buffer it)
     * @param maxBytes   the longest line kept, without its line end
     * @param beforeRead runs before every read from {@code in}
     */
    JsonLines(InputStream in, int maxBytes, Runnable beforeRead) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.beforeRead = beforeRead;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        pendingLength = 0;
        boolean tooLong = false;
        boolean any = false;
        while (position < limit || fill()) {
            any = true;
            int start = position;
            int end = start;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            boolean complete = end < limit;
            position = complete ? end + 1 : end;
            if (tooLong) {
                if (complete) {
                    break;
                }
                continue;
            }
            if (complete && pendingLength == 0) {
                return line(Arrays.copyOfRange(buffer, start, end));
            }
            // One byte beyond the limit is kept: it may be the CR of a CR LF line end.
            int keep = Math.min(end - start, maxBytes + 1 - pendingLength);
            if (keep < end - start) {
                tooLong = true;
                pendingLength = 0;
            } else {
                append(start, keep);
            }
            if (complete) {
                break;
            }
        }
        if (!any) {
            return null;
        }
        if (tooLong) {
            lineNumber++;
            return new Line(lineNumber, new byte[0], true);
        }
        return line(Arrays.copyOf(pending, pendingLength));
    }

    private Line line(byte[] bytes) {
        lineNumber++;
        int length = bytes.length;
        // A line ending of CR LF leaves the CR behind.
        if (length > 0 && bytes[length - 1] == '\r') {
            length--;
        }
        if (length > maxBytes) {
            return new Line(lineNumber, new byte[0], true);
        }
        return new Line(lineNumber, length == bytes.length ? bytes : Arrays.copyOf(bytes, length), false);
    }

    private void append(int start, int length) {
        if (pendingLength + length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(pendingLength + length, Math.min(2 * pending.length, maxBytes + 1)));
        }
        System.arraycopy(buffer, start, pending, pendingLength, length);
        pendingLength += length;
    }

    /** Reads the next block; false at the end of the stream. */
    private boolean fill() throws IOException {
        beforeRead.run();
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
