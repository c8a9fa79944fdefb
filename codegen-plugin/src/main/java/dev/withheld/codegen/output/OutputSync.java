package dev.withheld.codegen.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Brings an output directory in line with a freshly generated set of files while touching as little
 * as possible: unchanged files keep their timestamps (so the compiler does not rebuild them), changed
 * files are replaced atomically, and files this generator wrote last time but no longer produces are
 * removed. Files it never wrote are never deleted.
 *
 * <p>A small state file remembers the fingerprint of the inputs and the list of files written, so that
 * a build with unchanged inputs can skip generation entirely. It lives beside the output directory,
 * not in it, so that it never ends up among the sources (or in a sources jar).
 */
public final class OutputSync {

    private static final String FINGERPRINT_PREFIX = "fingerprint=";

    private final Path outputDirectory;
    private final Path stateFile;

    public OutputSync(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
        this.stateFile = stateFileFor(this.outputDirectory);
    }

    /** Where the state of an output directory is kept: {@code <outputDirectory>.codegen-state} beside it. */
    public static Path stateFileFor(Path outputDirectory) {
        Path absolute = outputDirectory.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".codegen-state");
    }

    /**
     * Whether the output directory already holds the result of generating from inputs with this
     * fingerprint, with every file still there.
     */
    public boolean isUpToDate(String fingerprint) {
        Optional<State> state = readState();
        if (state.isEmpty() || !state.get().fingerprint().equals(fingerprint)) {
            return false;
        }
        for (String file : state.get().files()) {
            if (!Files.isRegularFile(outputDirectory.resolve(file))) {
                return false;
            }
        }
        return true;
    }

    /** Writes what changed, removes what disappeared, records the new state. */
    public SyncReport apply(Map<String, byte[]> generated, String fingerprint) {
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        try {
            Files.createDirectories(outputDirectory);
            for (Map.Entry<String, byte[]> file : generated.entrySet()) {
                GeneratedFiles.requireSafe(file.getKey());
                Path target = outputDirectory.resolve(file.getKey()).normalize();
                if (!target.startsWith(outputDirectory)) {
                    throw new GeneratedFiles.UnsafeOutputPathException(file.getKey());
                }
                if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                    unchanged.add(file.getKey());
                } else {
                    writeAtomically(target, file.getValue());
                    written.add(file.getKey());
                }
            }
            for (String previous : readState().map(State::files).orElse(List.of())) {
                if (!generated.containsKey(previous)) {
                    Path stale = outputDirectory.resolve(previous).normalize();
                    if (stale.startsWith(outputDirectory) && Files.deleteIfExists(stale)) {
                        removed.add(previous);
                        deleteEmptyParents(stale.getParent());
                    }
                }
            }
            writeState(new State(fingerprint, new ArrayList<>(new TreeSet<>(generated.keySet()))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources to " + outputDirectory + ": " + e.getMessage(), e);
        }
        return new SyncReport(written, unchanged, removed);
    }

    private void deleteEmptyParents(Path directory) throws IOException {
        Path dir = directory;
        while (dir != null && !dir.equals(outputDirectory) && dir.startsWith(outputDirectory)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), ".", ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private Optional<State> readState() {
        Path file = stateFile;
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).startsWith(FINGERPRINT_PREFIX)) {
                return Optional.empty();
            }
            String fingerprint = lines.get(0).substring(FINGERPRINT_PREFIX.length());
            List<String> files = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    files.add(line);
                }
            }
            return Optional.of(new State(fingerprint, files));
        } catch (IOException e) {
            // An unreadable state file only costs a full generation.
            return Optional.empty();
        }
    }

    private void writeState(State state) throws IOException {
        StringBuilder text = new StringBuilder(FINGERPRINT_PREFIX).append(state.fingerprint()).append('\n');
        state.files().forEach(f -> text.append(f).append('\n'));
        writeAtomically(stateFile, text.toString().getBytes(StandardCharsets.UTF_8));
    }

    private record State(String fingerprint, List<String> files) {
    }
}
