package dev.withheld.codegen.goal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An artifact named the way Maven names one on the command line:
 * {@code groupId:artifactId[:extension[:classifier]]:version}, the extension {@code jar} when not given.
 *
 * @param classifier empty when there is none
 */
public record ArtifactCoordinates(String groupId, String artifactId, String extension, String classifier, String version) {

    private static final Pattern FORM = Pattern.compile("([^: ]+):([^: ]+)(:([^: ]*)(:([^: ]+))?)?:([^: ]+)");

    /**
     * Reads coordinates.
     *
     * @throws IllegalArgumentException when the text is not of that form
     */
    public static ArtifactCoordinates parse(String text) {
        Matcher match = FORM.matcher(text);
        if (!match.matches()) {
            throw new IllegalArgumentException("not groupId:artifactId[:extension[:classifier]]:version: " + text);
        }
        String extension = match.group(4) == null || match.group(4).isEmpty() ? "jar" : match.group(4);
        String classifier = match.group(6) == null ? "" : match.group(6);
        return new ArtifactCoordinates(match.group(1), match.group(2), extension, classifier, match.group(7));
    }

    /** The file's path inside a Maven repository: {@code group/path/artifactId/version/artifactId-version[-classifier].extension}. */
    public String repositoryPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version
                + (classifier.isEmpty() ? "" : "-" + classifier) + "." + extension;
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + (classifier.isEmpty() ? (extension.equals("jar") ? "" : extension + ":")
                : extension + ":" + classifier + ":") + version;
    }
}
