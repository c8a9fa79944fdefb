package dev.withheld.validator.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * JSON Lines made up as they are read, so that a test can feed the command line far more input than
 * it could hold, and count how much of it was read. Every tenth line (or every {@code invalidEvery}th)
 * is invalid, an {@code m.unverified} event without {@code room_id} and {@code session_id}; the others
 * are valid.
 */
final class GeneratedEvents extends InputStream {

    static final String VALID = "{\"type\":\"m.room_key.withheld\",\"sender\":\"@alice:example.org\",\"content\":"
            + "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU\","
            + "\"room_id\":\"!Cuyf34gef24t:localhost\",\"session_id\":\"X3lUlvLELLYxeTx4yOVu6UDpasGEVO0Jbu+QFnm0cKQ\","
            + "\"code\":\"m.blacklisted\"}}";
    static final String INVALID = "{\"type\":\"m.room_key.withheld\",\"sender\":\"@alice:example.org\",\"content\":"
            + "{\"algorithm\":\"m.megolm.v1.aes-sha2\",\"sender_key\":\"RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU\","
            + "\"code\":\"m.unverified\"}}";

    private static final byte[] VALID_LINE = (VALID + "\n").getBytes(StandardCharsets.UTF_8);
    private static final byte[] INVALID_LINE = (INVALID + "\n").getBytes(StandardCharsets.UTF_8);

    private final long lines;
    private final int invalidEvery;
    private long line;
    private byte[] current;
    private int position;
    private long bytesRead;

    GeneratedEvents(long lines) {
        this(lines, 10);
    }

    GeneratedEvents(long lines, int invalidEvery) {
        this.lines = lines;
        this.invalidEvery = invalidEvery;
    }

    /** Whether the 1-based line {@code number} is one of the invalid ones, with every tenth invalid. */
    static boolean invalid(long number) {
        return number % 10 == 0;
    }

    /** The size of the whole input. */
    long totalBytes() {
        long invalidLines = lines / invalidEvery;
        return invalidLines * INVALID_LINE.length + (lines - invalidLines) * VALID_LINE.length;
    }

    /** How many bytes have been read so far. */
    long bytesRead() {
        return bytesRead;
    }

    @Override
    public int read() {
        if (!advance()) {
            return -1;
        }
        bytesRead++;
        return current[position++] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        int done = 0;
        while (done < length && advance()) {
            int n = Math.min(length - done, current.length - position);
            System.arraycopy(current, position, into, offset + done, n);
            position += n;
            done += n;
        }
        bytesRead += done;
        return done == 0 ? -1 : done;
    }

    /** Like a file: ready until the end. */
    @Override
    public int available() {
        return advance() ? current.length - position : 0;
    }

    private boolean advance() {
        if (current != null && position < current.length) {
            return true;
        }
        if (line == lines) {
            return false;
        }
        line++;
        current = line % invalidEvery == 0 ? INVALID_LINE : VALID_LINE;
        position = 0;
        return true;
    }
}
