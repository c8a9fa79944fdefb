package dev.withheld.validator.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a JSON Lines stream into its lines without ever holding more than the size limit of
 * one line in memory: a longer line is skipped up to its end and reported as too long.
 */
final class JsonLines {

    private final InputStream in;
    private final int maxBytes;
    private int lineNumber;

    /** One line: its number, and its bytes (without the line end) or null when it was too long. */
    record Line(int number, byte[] bytes, boolean tooLong) {
        boolean blank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    JsonLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        boolean tooLong = false;
        boolean any = false;
        int b;
        while ((b = in.read()) >= 0) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (line.size() <= maxBytes) {
                line.write(b);
            } else {
                tooLong = true;
            }
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        byte[] bytes = line.toByteArray();
        if (bytes.length > maxBytes) {
            tooLong = true;
        }
        // A line ending of CR LF leaves the CR behind.
        if (!tooLong && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            byte[] trimmed = new byte[bytes.length - 1];
            System.arraycopy(bytes, 0, trimmed, 0, trimmed.length);
            bytes = trimmed;
        }
        return new Line(lineNumber, tooLong ? new byte[0] : bytes, tooLong);
    }
}
