package dev.withheld.codegen.output;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes Java source as UTF-8 text, turning the characters a source file must not hold as they are
 * (control characters other than tab and line breaks, and surrogates, which UTF-8 cannot encode
 * alone) into {@code \\uXXXX} escapes: the same text the code model's own writer produces on a UTF-8
 * platform, but independent of the platform's encoding and written in runs rather than one
 * character at a time, which made writing a third of the whole generation.
 */
final class JavaSourceWriter extends FilterWriter {

    JavaSourceWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        if (needsEscape((char) c)) {
            escape((char) c);
        } else {
            out.write(c);
        }
    }

    /** Rarely used by the code model, which writes strings: one way of escaping is enough. */
    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        write(new String(text, offset, length), 0, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int run = offset;
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            if (needsEscape(text.charAt(i))) {
                out.write(text, run, i - run);
                escape(text.charAt(i));
                run = i + 1;
            }
        }
        out.write(text, run, end - run);
    }

    private static boolean needsEscape(char c) {
        return c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : Character.isSurrogate(c);
    }

    private void escape(char c) throws IOException {
        out.write(String.format("\\u%04x", (int) c));
    }
}
