package dev.withheld.model.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The hostile-input corpus shared by the model and validator tests: the files of
 * {@code generated-model/src/test/resources/hostile-input/} (listed, with what each entry point must
 * do, in its {@code index.tsv}) plus entries too large to keep in git, built here in code.
 *
 * <p>The files are read from the classpath, so the validator's tests read the same corpus through
 * this module's test-jar.
 */
public final class HostileCorpus {

    /** The corpus folder on the classpath. */
    private static final String DIRECTORY = "/hostile-input/";

    private static final String CONTENT_START = "{\"algorithm\":\"m.megolm.v1.aes-sha2\","
            + "\"sender_key\":\"RF3s+E7RkTQTGF2d8Deol0FkQvgII2aJDf3/Jp5mxVU\",\"code\":\"m.no_olm\"";

    /**
     * One entry.
     *
     * @param name      the file name, or a name for a built entry
     * @param bytes     builds the input (again on every call, so that huge ones are not kept)
     * @param validator {@code rejected:<reason label>} or {@code checked}
     * @param jackson2  {@code read}, {@code null} or {@code refused}
     * @param jackson3  {@code read}, {@code null} or {@code refused}
     * @param bug       {@code entry-point:ID} of a known bug that breaks an expectation, or {@code -}
     * @param what      what the entry is
     */
    public record Entry(String name, Supplier<byte[]> bytes, String validator, String jackson2, String jackson3, String bug,
            String what) {

        /** Whether a known bug breaks this entry's expectation at the given entry point ({@code validator}, {@code model-round-trip}). */
        public boolean hasKnownBug(String entryPoint) {
            return bug.startsWith(entryPoint + ":");
        }

        String expected(ModelRoundTrip library) {
            return library == ModelRoundTrip.JACKSON_2 ? jackson2 : jackson3;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private HostileCorpus() {
    }

    /** Every entry: the files first, in index order, then the built ones. */
    public static List<Entry> entries() {
        List<Entry> entries = new ArrayList<>(files());
        entries.addAll(built());
        return entries;
    }

    /** The entries listed in {@code index.tsv}, in its order. */
    public static List<Entry> files() {
        String index = DIRECTORY + "index.tsv";
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(open(index), StandardCharsets.UTF_8))) {
            for (String line : lines.lines().toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                if (columns.length != 6) {
                    throw new IllegalStateException(index + ": expected 6 tab-separated columns: " + line);
                }
                String file = DIRECTORY + columns[0];
                if (HostileCorpus.class.getResource(file) == null) {
                    throw new IllegalStateException(index + " lists " + columns[0] + ", which is not in " + DIRECTORY);
                }
                entries.add(new Entry(columns[0], () -> read(file), columns[1], columns[2], columns[3], columns[4],
                        columns[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Entries built in code: far beyond every limit, so they stay out of git. */
    public static List<Entry> built() {
        return List.of(
                new Entry("built: 100 000 nested arrays", () -> utf8(CONTENT_START + ",\"x\":" + "[".repeat(100_000)
                        + "]".repeat(100_000) + "}"), "rejected:too-large", "refused", "refused", "-",
                        "a stack-overflow attempt for recursive parsers and validators"),
                new Entry("built: 100 000 nested objects", () -> utf8(CONTENT_START + ",\"x\":"
                        + "{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000) + "}"), "rejected:too-large", "refused",
                        "refused", "-", "the same with objects"),
                new Entry("built: a 21 MB string", () -> utf8(CONTENT_START + ",\"reason\":\"" + "x".repeat(21_000_000)
                        + "\"}"), "rejected:too-large", "refused", "read", "-",
                        "longer than Jackson 2 allows by default (20 M characters); Jackson 3 allows 100 M"),
                new Entry("built: a number of a million digits", () -> utf8(CONTENT_START + ",\"x\":1"
                        + "0".repeat(1_000_000) + "}"), "rejected:too-large", "refused", "refused", "-",
                        "parsing it into a BigInteger would take quadratic time"),
                new Entry("built: 100 000 unknown members", () -> utf8(manyMembers(100_000)), "rejected:too-large", "read",
                        "read", "-", "a wide object, 1.7 MB"),
                new Entry("built: a sender key of 60 000 characters", () -> utf8("{\"algorithm\":\"m.megolm.v1.aes-sha2\","
                        + "\"sender_key\":\"" + "A".repeat(60_000) + "=\",\"code\":\"m.no_olm\"}"), "checked", "read",
                        "read", "-", "a long string for the sender_key pattern to backtrack over"));
    }

    private static String manyMembers(int count) {
        StringBuilder json = new StringBuilder(CONTENT_START);
        for (int i = 0; i < count; i++) {
            json.append(",\"m").append(i).append("\":").append(i);
        }
        return json.append('}').toString();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = HostileCorpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("the hostile-input corpus is missing: no " + resource + " on the test classpath");
        }
        return in;
    }
}
