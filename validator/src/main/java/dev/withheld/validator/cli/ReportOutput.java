package dev.withheld.validator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * Where the report goes: buffered, written out when the run flushes it, and loud when writing fails.
 * {@code System.out} and {@link PrintWriter} swallow a failed write, so a run piped into
 * {@code head} would validate its whole input for nobody; here every failure becomes a
 * {@link Failure}, which stops the run at once.
 */
final class ReportOutput extends Writer {

    private static final int BUFFER_CHARS = 8192;

    private final Writer sink;
    private final char[] buffer = new char[BUFFER_CHARS];
    private int used;

    /** Buffers writes to {@code sink}; never closes it. */
    ReportOutput(Writer sink) {
        this.sink = sink;
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        int from = offset;
        int left = length;
        while (left > 0) {
            if (used == buffer.length) {
                drain();
            }
            int n = Math.min(left, buffer.length - used);
            System.arraycopy(chars, from, buffer, used, n);
            used += n;
            from += n;
            left -= n;
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        char[] chars = new char[length];
        text.getChars(offset, offset + length, chars, 0);
        write(chars, 0, length);
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(int c) {
        if (used == buffer.length) {
            drain();
        }
        buffer[used++] = (char) c;
    }

    /** Writes out what is buffered, so that a reader of the output sees every line written so far. */
    @Override
    public void flush() {
        drain();
    }

    /** Flushes; standard output stays open for whoever else writes to it. */
    @Override
    public void close() {
        flush();
    }

    /** Hands the buffer to the sink and has it written out: one block, no second buffer behind this one. */
    private void drain() {
        try {
            if (used > 0) {
                sink.write(buffer, 0, used);
            }
            sink.flush();
        } catch (IOException e) {
            throw new Failure(e);
        }
        used = 0;
        checkPrintWriter();
    }

    /** A {@link PrintWriter} records a failed write instead of throwing it, and tells only when asked. */
    private void checkPrintWriter() {
        if (sink instanceof PrintWriter printWriter && printWriter.checkError()) {
            throw new Failure(null);
        }
    }

    /**
     * Writing the report failed: the reader went away ({@link #closed()}, as when {@code head} has
     * read enough), or the output cannot take more (a full disk).
     */
    static final class Failure extends RuntimeException {

        private final boolean closed;

        Failure(IOException cause) {
            super(cause == null ? "the output reported an error" : cause.getMessage(), cause);
            this.closed = cause == null || isClosedPipe(cause);
        }

        /** Whether the output was closed by its reader, which is how a pipeline ends early, not an error. */
        boolean closed() {
            return closed;
        }

        /**
         * Java ignores SIGPIPE, so a write to a pipe without a reader fails with EPIPE, which only its
         * message tells apart from other failures: "Broken pipe" on Linux and macOS, "The pipe is being
         * closed" or "The pipe has been ended" on Windows.
         */
        private static boolean isClosedPipe(IOException e) {
            String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
            return message.contains("broken pipe") || message.contains("pipe is being closed")
                    || message.contains("pipe has been ended");
        }
    }
}
