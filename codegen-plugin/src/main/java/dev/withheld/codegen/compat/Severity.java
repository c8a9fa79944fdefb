package dev.withheld.codegen.compat;

import java.util.Locale;

/** How serious a change is: the worse of its impacts on senders and on receivers. */
public enum Severity {
    /** Breaks senders or receivers for certain. */
    BREAKING,
    /** May break implementations that assumed more than the schema promised, or was not analysed. */
    WARNING,
    /** Compatible both ways; reported so that the change is visible. */
    INFO;

    /** The severity of a change with these impacts. */
    public static Severity of(Impact senders, Impact receivers) {
        if (senders == Impact.BREAKING || receivers == Impact.BREAKING) {
            return BREAKING;
        }
        if (senders == Impact.MAY_BREAK || receivers == Impact.MAY_BREAK) {
            return WARNING;
        }
        return INFO;
    }

    /** The name used in reports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
