package dev.withheld.validator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A revision of the {@code m.room_key.withheld} schemas in the {@code withheld-schema} artifact: the
 * proposal the event comes from, and the released Matrix specification versions in which its rules
 * changed. Each revision is a folder of schemas with the same file names (the first at the top, the
 * others below it, each written as small differences over the one before), with both profiles.
 *
 * <p>A Matrix specification version name ({@code v1.1} to {@code v1.19}) maps to the revision in
 * force for it with {@link #forSpecVersion(String)}; {@code latest} is the newest revision.
 */
public enum Revision {
    /** MSC2399, the proposal: {@code code} is optional. */
    MSC2399("msc2399", "", 0, 0),
    /** Matrix specification v1.1 to v1.18: senders must give {@code code}. */
    V1_1("v1.1", "v1.1/", 1, 18),
    /** Matrix specification v1.19: {@code m.history_not_shared} is a known code that senders do not use here. */
    V1_19("v1.19", "v1.19/", 19, 19);

    /** The name that stands for the newest revision. */
    public static final String LATEST_NAME = "latest";

    private final String specVersion;
    private final String folder;
    private final int firstMinor;
    private final int lastMinor;

    Revision(String specVersion, String folder, int firstMinor, int lastMinor) {
        this.specVersion = specVersion;
        this.folder = folder;
        this.firstMinor = firstMinor;
        this.lastMinor = lastMinor;
    }

    /** The newest revision: what a client sending events today follows. */
    public static Revision latest() {
        Revision[] all = values();
        return all[all.length - 1];
    }

    /** The revision's own name: {@code msc2399}, {@code v1.1}, {@code v1.19}. */
    public String specVersion() {
        return specVersion;
    }

    /** The folder of the revision's schemas below the schema root, with a trailing slash; empty for the first. */
    public String folder() {
        return folder;
    }

    /** The specification versions this revision applies to, as the command line accepts them. */
    public List<String> specVersions() {
        if (firstMinor == 0) {
            return List.of(specVersion);
        }
        List<String> names = new ArrayList<>();
        for (int minor = firstMinor; minor <= lastMinor; minor++) {
            names.add("v1." + minor);
        }
        return names;
    }

    /** Every name {@link #forSpecVersion(String)} accepts, in order, {@code latest} last. */
    public static List<String> acceptedNames() {
        List<String> names = new ArrayList<>();
        for (Revision revision : values()) {
            names.addAll(revision.specVersions());
        }
        names.add(LATEST_NAME);
        return names;
    }

    /**
     * The revision in force for a name: {@code msc2399}, {@code latest}, or a released specification
     * version {@code v1.1} to {@code v1.19}.
     *
     * @throws IllegalArgumentException naming the accepted names, for any other name
     */
    public static Revision forSpecVersion(String name) {
        Objects.requireNonNull(name, "name");
        String wanted = name.strip();
        if (wanted.equals(LATEST_NAME)) {
            return latest();
        }
        for (Revision revision : values()) {
            if (revision.specVersions().contains(wanted)) {
                return revision;
            }
        }
        Revision newest = latest();
        throw new IllegalArgumentException("\"" + name + "\" is not a specification version these schemas know: use "
                + LATEST_NAME + " (" + newest.specVersion + "), msc2399 (the proposal), or a released version from v1.1 to "
                + newest.specVersions().get(newest.specVersions().size() - 1));
    }

    @Override
    public String toString() {
        return specVersion;
    }
}
