package dev.interdict.app.cli;

/** Process exit codes, after sysexits(3). */
public final class ExitCodes {
    public static final int OK = 0;
    /** Bad command line: unknown option, missing argument. */
    public static final int USAGE = 64;
    /** The input data was malformed. */
    public static final int DATA_ERR = 65;
    /** An input file did not exist or was not readable. */
    public static final int NO_INPUT = 66;
    /** An internal error: a bug. */
    public static final int SOFTWARE = 70;
    /** An output file could not be created. */
    public static final int CANT_CREATE = 73;

    private ExitCodes() {
    }
}
