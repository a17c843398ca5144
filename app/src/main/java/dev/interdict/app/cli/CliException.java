package dev.interdict.app.cli;

/**
 * A failure a command reports to the user as one line on stderr, with the exit code to end with.
 * See {@link ExitCodes}.
 */
public final class CliException extends RuntimeException {
    private final int exitCode;

    public CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    public static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    public static CliException badData(String message) {
        return new CliException(ExitCodes.DATA_ERR, message);
    }

    public static CliException noInput(String message) {
        return new CliException(ExitCodes.NO_INPUT, message);
    }
}
