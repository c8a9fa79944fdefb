package dev.withheld.codegen.output;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Brings an output directory in line with a freshly generated set of files so that a build that
 * fails or is cut short never leaves a mix of old and new sources behind, while touching as little
 * as possible: unchanged files keep their timestamps (so the compiler does not rebuild them), and
 * when nothing changed nothing is written at all.
 *
 * <p><b>Swap.</b> The new content is put together in a staging directory beside the output directory
 * (same parent, so that renames stay on one file system): hard links to the current files (copies
 * with their timestamps where the file system has no hard links), then each changed or new file
 * written as a new file (never through a link), then the files this generator wrote last time but no
 * longer produces removed. Files the generator never wrote are carried over untouched. Only then is
 * the output directory swapped with two renames (output to backup, staging to output), the backup
 * deleted, and the state file written last. A failure at any point before the swap leaves the
 * output directory and the state file exactly as they were.
 *
 * <p><b>State.</b> The state file ({@code <output>.codegen-state}, beside the output directory so
 * that it never ends up among the sources) holds the fingerprint of the inputs and the files
 * written, so that a build with unchanged inputs can skip generation entirely. Just before the swap
 * it is replaced by a <em>pending</em> state listing the files of both generations: a build stopped
 * during or after the swap then never looks up to date, and the next build still knows which files
 * are the generator's to remove.
 *
 * <p><b>Recovery.</b> Before anything else, {@link #apply} removes a staging directory left by an
 * interrupted build and, when a build stopped between the two renames, renames the backup back into
 * place (or deletes a backup the swap no longer needs). {@link #isUpToDate} answers "no" while such
 * leftovers exist, so the next build always gets here.
 *
 * <p><b>Concurrency.</b> {@link #apply} holds an exclusive lock on {@code <output>.codegen-lock}: a
 * {@link FileLock} against other processes, and an in-process lock against other threads (file locks
 * belong to the whole JVM, so they cannot keep two threads of one {@code -T} build apart). Different
 * output directories have different locks and never wait for each other. On a file system without
 * file locks, only the in-process lock applies.
 */
public final class OutputSync {

    /** Points of {@link #apply} at which a test can make the sync fail, or stop as a killed build would. */
    enum Step {
        /** The staging directory holds links to (or copies of) the current files. */
        STAGING_LINKED,
        /** The staging directory holds the new content. */
        STAGING_COMPLETE,
        /** The pending state is written; the output directory is still the old one. */
        PENDING_STATE_WRITTEN,
        /** The old output directory has become the backup; the output directory is missing. */
        OUTPUT_MOVED_ASIDE,
        /** The staging directory has become the output directory; the backup is still there. */
        STAGING_MOVED_IN,
        /** The backup is deleted; the final state is not written yet. */
        BACKUP_DELETED
    }

    /** Called at each {@link Step}; tests throw from it. */
    @FunctionalInterface
    interface StepHook {
        void reached(Step step) throws IOException;
    }

    private static final String FINGERPRINT_PREFIX = "fingerprint=";
    private static final String PENDING = "pending";
    private static final String STATE_SUFFIX = ".codegen-state";
    private static final String LOCK_SUFFIX = ".codegen-lock";
    private static final String STAGING_SUFFIX = ".codegen-staging";
    private static final String BACKUP_SUFFIX = ".codegen-backup";
    private static final Duration LOCK_WAIT = Duration.ofMinutes(10);
    private static final long LOCK_POLL_MILLIS = 50;

    /** One lock per lock file, for the threads of this class loader. */
    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS_LOCKS = new ConcurrentHashMap<>();

    private final Path outputDirectory;
    private final Path stateFile;
    private final Path lockFile;
    private final StepHook hook;
    private final boolean hardLinks;

    public OutputSync(Path outputDirectory) {
        this(outputDirectory, step -> { }, true);
    }

    /**
     * @param hook called at each step of {@link #apply}
     * @param hardLinks false to stage current files as copies, as on a file system without hard links
     */
    OutputSync(Path outputDirectory, StepHook hook, boolean hardLinks) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
        this.stateFile = stateFileFor(this.outputDirectory);
        this.lockFile = lockFileFor(this.outputDirectory);
        this.hook = hook;
        this.hardLinks = hardLinks;
    }

    /** Where the state of an output directory is kept: {@code <outputDirectory>.codegen-state} beside it. */
    public static Path stateFileFor(Path outputDirectory) {
        return sibling(outputDirectory.toAbsolutePath().normalize(), STATE_SUFFIX);
    }

    /** The file locked while an output directory is changed: {@code <outputDirectory>.codegen-lock} beside it. */
    public static Path lockFileFor(Path outputDirectory) {
        return sibling(outputDirectory.toAbsolutePath().normalize(), LOCK_SUFFIX);
    }

    /**
     * Whether the output directory already holds the result of generating from inputs with this
     * fingerprint: the last sync completed with this fingerprint, no interrupted sync left a staging
     * directory or a backup behind, and every file it wrote is still there.
     */
    public boolean isUpToDate(String fingerprint) {
        Optional<State> state = readState();
        if (state.isEmpty() || !state.get().complete() || !state.get().fingerprint().equals(fingerprint)) {
            return false;
        }
        Path directory;
        try {
            directory = directoryToSwap();
        } catch (IOException e) {
            return false;
        }
        if (exists(sibling(directory, STAGING_SUFFIX)) || exists(sibling(directory, BACKUP_SUFFIX))
                || !Files.isDirectory(outputDirectory)) {
            return false;
        }
        for (String file : state.get().files()) {
            if (!Files.isRegularFile(outputDirectory.resolve(file))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes the output directory hold exactly the generated files (plus any file the generator never
     * wrote), swapping it in one step, and records the new state.
     *
     * @throws UncheckedIOException if the files cannot be written; the message says whether the
     *     previous output was kept
     */
    public SyncReport apply(Map<String, byte[]> generated, String fingerprint) {
        try (Locked locked = lock()) {
            return applyLocked(generated, fingerprint);
        } catch (SwapFailure e) {
            throw new UncheckedIOException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write generated sources to " + outputDirectory + ": " + describe(e)
                    + ". Nothing was changed: the previous generated sources are as they were. Fix the cause (file"
                    + " permissions, free disk space, a file or directory in the way, or a program holding a file"
                    + " there open) and build again.", e);
        }
    }

    private SyncReport applyLocked(Map<String, byte[]> generated, String fingerprint) throws IOException {
        Path directory = directoryToSwap();
        Path staging = sibling(directory, STAGING_SUFFIX);
        Path backup = sibling(directory, BACKUP_SUFFIX);
        recover(directory, staging, backup);
        boolean directoryExists = exists(directory);
        if (directoryExists && !Files.isDirectory(directory)) {
            throw new FileSystemException(directory.toString(), null, "this is a file, but the output directory must be"
                    + " a directory; move the file away or set outputDirectory to another path");
        }

        Optional<State> previous = readState();
        List<String> written = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : generated.entrySet()) {
            Path current = resolveInside(directory, file.getKey());
            requireRoomForFile(directory, current, file.getKey());
            if (Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)
                    && Arrays.equals(Files.readAllBytes(current), file.getValue())) {
                unchanged.add(file.getKey());
            } else {
                written.add(file.getKey());
            }
        }
        for (String file : previous.map(State::files).orElse(List.of())) {
            if (!generated.containsKey(file) && isInside(directory, file)
                    && Files.isRegularFile(directory.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                removed.add(file);
            }
        }
        SyncReport report = new SyncReport(written, unchanged, removed);
        State done = new State(fingerprint, new ArrayList<>(new TreeSet<>(generated.keySet())));
        if (written.isEmpty() && removed.isEmpty() && directoryExists) {
            writeStateIfDifferent(done);
            return report;
        }

        Optional<byte[]> previousState = Files.isRegularFile(stateFile) ? Optional.of(Files.readAllBytes(stateFile)) : Optional.empty();
        boolean movedAside = false;
        try {
            Files.createDirectories(staging.getParent());
            Files.createDirectory(staging);
            if (directoryExists) {
                copyTree(directory, staging);
            }
            hook.reached(Step.STAGING_LINKED);
            for (String file : written) {
                Path target = staging.resolve(file);
                Files.createDirectories(target.getParent());
                // The staged file may be a link to the current one: replace it, never write through it.
                Files.deleteIfExists(target);
                Files.write(target, generated.get(file), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            }
            for (String file : removed) {
                Path stale = staging.resolve(file);
                Files.delete(stale);
                deleteEmptyParents(staging, stale.getParent());
            }
            hook.reached(Step.STAGING_COMPLETE);

            TreeSet<String> both = new TreeSet<>(previous.map(State::files).orElse(List.of()));
            both.addAll(generated.keySet());
            writeState(new State(null, new ArrayList<>(both)));
            hook.reached(Step.PENDING_STATE_WRITTEN);
            if (directoryExists) {
                move(directory, backup);
                movedAside = true;
            }
            hook.reached(Step.OUTPUT_MOVED_ASIDE);
            move(staging, directory);
        } catch (IOException | RuntimeException e) {
            rollBack(e, directory, staging, backup, movedAside, previousState);
            throw e;
        }

        try {
            hook.reached(Step.STAGING_MOVED_IN);
            deleteRecursively(backup);
            hook.reached(Step.BACKUP_DELETED);
            writeState(done);
        } catch (IOException e) {
            throw new SwapFailure("the generated sources in " + outputDirectory + " are up to date, but cleaning up"
                    + " after them failed: " + describe(e) + ". The next build finishes the clean-up; if it fails"
                    + " again, delete " + backup + " and " + stateFile + " and build again.", e);
        }
        return report;
    }

    /** Puts back what a sync that failed before its swap changed: the output directory and the state. */
    private void rollBack(Exception failure, Path directory, Path staging, Path backup, boolean movedAside,
            Optional<byte[]> previousState) {
        try {
            if (movedAside && !exists(directory)) {
                move(backup, directory);
            }
            deleteRecursively(staging);
            if (previousState.isPresent()) {
                writeAtomically(stateFile, previousState.get());
            } else {
                Files.deleteIfExists(stateFile);
            }
        } catch (IOException | RuntimeException e) {
            // The next build recovers from whatever is left; the first failure is the one to report.
            failure.addSuppressed(e);
        }
    }

    /** Clears up after a sync that was stopped part-way (the process was killed, or the machine stopped). */
    private void recover(Path directory, Path staging, Path backup) throws IOException {
        deleteRecursively(staging);
        String temporaryState = "." + stateFile.getFileName();
        try (var siblings = Files.list(stateFile.getParent())) {
            for (Path sibling : siblings.toList()) {
                String name = sibling.getFileName().toString();
                if (name.startsWith(temporaryState) && name.endsWith(".tmp")) {
                    Files.deleteIfExists(sibling);
                }
            }
        }
        if (exists(backup)) {
            if (exists(directory)) {
                deleteRecursively(backup);
            } else {
                // Stopped between the two renames: the backup is the last complete output.
                move(backup, directory);
            }
        }
    }

    /**
     * The directory that is swapped: the output directory itself, or, if it is a symbolic link, the
     * directory it points to, so that the link stays in place.
     */
    private Path directoryToSwap() throws IOException {
        Path current = outputDirectory;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops == 40) {
                throw new FileSystemException(outputDirectory.toString(), null, "too many levels of symbolic links");
            }
            current = current.resolveSibling(Files.readSymbolicLink(current)).normalize();
        }
        return current;
    }

    /** A generated file needs a path free of directories where it goes and of files where its packages go. */
    private static void requireRoomForFile(Path directory, Path target, String relative) throws IOException {
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a directory is where the generated file "
                    + relative + " goes; move or delete that directory");
        }
        for (Path parent = target.getParent(); parent != null && !parent.equals(directory); parent = parent.getParent()) {
            if (exists(parent) && !Files.isDirectory(parent, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(parent.toString(), null, "a file is where the generated file "
                        + relative + " needs a directory; move or delete that file");
            }
        }
    }

    private static Path resolveInside(Path directory, String relative) {
        GeneratedFiles.requireSafe(relative);
        if (!isInside(directory, relative)) {
            throw new GeneratedFiles.UnsafeOutputPathException(relative);
        }
        return directory.resolve(relative).normalize();
    }

    private static boolean isInside(Path directory, String relative) {
        return directory.resolve(relative).normalize().startsWith(directory);
    }

    /** Stages every entry of {@code source} in {@code target}: files as hard links or copies, links as links. */
    private void copyTree(Path source, Path target) throws IOException {
        boolean[] links = {hardLinks};
        Files.walkFileTree(source, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(source)) {
                    Files.createDirectory(target.resolve(source.relativize(dir)));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Path staged = target.resolve(source.relativize(file));
                if (attributes.isRegularFile() && links[0]) {
                    try {
                        Files.createLink(staged, file);
                        return FileVisitResult.CONTINUE;
                    } catch (UnsupportedOperationException | FileSystemException e) {
                        // No hard links here (or not for this file): copies keep the timestamps just as well.
                        links[0] = false;
                        Files.deleteIfExists(staged);
                    }
                }
                Files.copy(file, staged, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static void deleteEmptyParents(Path root, Path directory) throws IOException {
        Path dir = directory;
        while (dir != null && !dir.equals(root) && dir.startsWith(root)) {
            try (var entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(dir);
            dir = dir.getParent();
        }
    }

    /** Deletes a directory tree without following symbolic links (a link is deleted, not its target). */
    private static void deleteRecursively(Path root) throws IOException {
        if (!exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Renames a directory, atomically where the file system can. */
    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    private static Path sibling(Path directory, String suffix) {
        return directory.resolveSibling(directory.getFileName() + suffix);
    }

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
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
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            String fingerprint;
            if (lines.get(0).equals(PENDING)) {
                fingerprint = null;
            } else if (lines.get(0).startsWith(FINGERPRINT_PREFIX)) {
                fingerprint = lines.get(0).substring(FINGERPRINT_PREFIX.length());
            } else {
                return Optional.empty();
            }
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
        writeAtomically(stateFile, state.text());
    }

    private void writeStateIfDifferent(State state) throws IOException {
        byte[] text = state.text();
        if (!Files.isRegularFile(stateFile) || !Arrays.equals(Files.readAllBytes(stateFile), text)) {
            writeAtomically(stateFile, text);
        }
    }

    /** Waits for the exclusive right to change this output directory. */
    private Locked lock() throws IOException {
        ReentrantLock threads = IN_PROCESS_LOCKS.computeIfAbsent(lockFile, file -> new ReentrantLock());
        long deadline = System.nanoTime() + LOCK_WAIT.toNanos();
        try {
            if (!threads.tryLock(LOCK_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw lockTimeout();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for another build to finish generating into "
                    + outputDirectory);
        }
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock fileLock = lockAgainstOtherProcesses(channel, deadline);
            FileChannel opened = channel;
            return () -> {
                try {
                    if (fileLock != null) {
                        fileLock.release();
                    }
                    opened.close();
                } finally {
                    threads.unlock();
                }
            };
        } catch (IOException | RuntimeException e) {
            try {
                if (channel != null) {
                    channel.close();
                }
            } catch (IOException closing) {
                e.addSuppressed(closing);
            } finally {
                threads.unlock();
            }
            throw e;
        }
    }

    /**
     * Locks the lock file for this process, waiting while another process (or another copy of this
     * class in this JVM, which {@link OverlappingFileLockException} reveals) holds it.
     *
     * @return the lock, or null where the file system does not support locks
     */
    private FileLock lockAgainstOtherProcesses(FileChannel channel, long deadline) throws IOException {
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // Held in this JVM by a thread that uses another class loader's copy of this class.
            } catch (IOException e) {
                // Locks unsupported (some network file systems): threads of this build are still kept apart.
                return null;
            }
            if (System.nanoTime() - deadline > 0) {
                throw lockTimeout();
            }
            try {
                Thread.sleep(LOCK_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for another build to finish generating"
                        + " into " + outputDirectory);
            }
        }
    }

    private IOException lockTimeout() {
        return new IOException("another build has been generating into this directory for more than "
                + LOCK_WAIT.toMinutes() + " minutes (it holds " + lockFile + "); let it finish or stop it");
    }

    /** A failing file operation in words, naming the file. */
    static String describe(IOException e) {
        if (!(e instanceof FileSystemException failure)) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String file = failure.getFile() + (failure.getOtherFile() == null ? "" : " -> " + failure.getOtherFile());
        if (failure.getReason() != null) {
            return file + ": " + failure.getReason();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied for " + file;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return file + " is a directory that is not empty";
        }
        if (e instanceof FileAlreadyExistsException) {
            return file + " already exists";
        }
        if (e instanceof NoSuchFileException) {
            return file + " does not exist";
        }
        if (e instanceof NotDirectoryException) {
            return file + " is not a directory";
        }
        return file + ": " + e.getClass().getSimpleName();
    }

    /** The exclusive right to change the output directory, until closed. */
    private interface Locked extends AutoCloseable {
        @Override
        void close() throws IOException;
    }

    /** A failure after the new output is in place: the message says so, instead of "nothing was changed". */
    private static final class SwapFailure extends IOException {
        private static final long serialVersionUID = 1L;

        SwapFailure(String message, IOException cause) {
            super(message, cause);
        }
    }

    /**
     * What the state file says.
     *
     * @param fingerprint the inputs of the completed sync, or null while a sync is pending
     * @param files the generator's files: of the completed sync, or of both generations while pending
     */
    private record State(String fingerprint, List<String> files) {

        boolean complete() {
            return fingerprint != null;
        }

        byte[] text() {
            StringBuilder text = new StringBuilder(complete() ? FINGERPRINT_PREFIX + fingerprint : PENDING).append('\n');
            files.forEach(f -> text.append(f).append('\n'));
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    }
}
