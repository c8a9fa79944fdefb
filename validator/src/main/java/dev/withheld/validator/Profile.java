package dev.withheld.validator;

/**
 * Which side of the wire an instance is checked for.
 *
 * <p>A receiver must cope with more than a sender may emit (unknown codes, the unstable event
 * type), so the same event can be valid when received and invalid when sent.
 */
public enum Profile {
    /** Strict: what a client may put on the wire. */
    SENDING("sending"),
    /** Lenient: what a client must cope with; the structural rules still hold. */
    RECEIVING("receiving");

    private final String schemaName;

    Profile(String schemaName) {
        this.schemaName = schemaName;
    }

    /** The profile's name as used in schema file names and on the command line. */
    public String schemaName() {
        return schemaName;
    }
}
