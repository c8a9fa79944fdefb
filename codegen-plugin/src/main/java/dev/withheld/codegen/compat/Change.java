package dev.withheld.codegen.compat;

import java.util.List;

/**
 * One change between two revisions.
 *
 * @param rule what kind of change, with its impacts on senders and receivers
 * @param document the schema document (current revision, or previous if it is gone) being compared
 *     when the change was found
 * @param path where in an instance of that document the change applies, as a property path
 *     ({@code room_id}, {@code content.code}, {@code tags[]}); empty for the document root
 * @param location where the change is written
 * @param subject what changed (a property name, a value, a keyword)
 * @param message the change in words, with what it means for senders and receivers
 * @param alsoIn other documents and paths that reach the same change through {@code $ref}
 */
public record Change(Rule rule, String document, String path, Location location, String subject, String message,
        List<String> alsoIn) {

    public Severity severity() {
        return rule.severity();
    }

    public Impact senders() {
        return rule.senders();
    }

    public Impact receivers() {
        return rule.receivers();
    }

    /** "breaks senders", "breaks receivers", "may break receivers", "compatible", ... */
    public String direction() {
        return direction(rule.senders(), rule.receivers());
    }

    /** The direction as words. */
    public static String direction(Impact senders, Impact receivers) {
        if (senders == receivers) {
            return switch (senders) {
                case COMPATIBLE -> "compatible";
                case MAY_BREAK -> "may break senders and receivers";
                case BREAKING -> "breaks senders and receivers";
            };
        }
        String s = words(senders, "senders");
        String r = words(receivers, "receivers");
        if (s.isEmpty()) {
            return r;
        }
        return r.isEmpty() ? s : s + ", " + r;
    }

    private static String words(Impact impact, String party) {
        return switch (impact) {
            case COMPATIBLE -> "";
            case MAY_BREAK -> "may break " + party;
            case BREAKING -> "breaks " + party;
        };
    }

    /** The path for people: "(root)" for the document itself. */
    public String displayPath() {
        return path.isEmpty() ? "(root)" : path;
    }

    /**
     * One line for a build log: severity, rule id, direction, the property path (with its document
     * when the change is written in another one) and where the change is written, then the message.
     */
    public String line() {
        StringBuilder text = new StringBuilder()
                .append(severity().name()).append(' ')
                .append(rule.id()).append(" [").append(direction()).append("] ");
        if (!document.equals(location.document())) {
            text.append(document).append(' ');
        }
        text.append(displayPath()).append(" (").append(location.display()).append("): ").append(message);
        if (!alsoIn.isEmpty()) {
            text.append(" Also reached from ").append(String.join(", ", alsoIn)).append('.');
        }
        return text.toString();
    }
}
