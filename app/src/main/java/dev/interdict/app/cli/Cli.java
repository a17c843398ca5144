package dev.interdict.app.cli;

import java.io.FileNotFoundException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The command line: one function, {@link #commandLine()}, wires every command; {@link #run(String...)} runs it
 * and turns every failure into one line on stderr and a sysexits code (64 usage, 65 bad data, 66 missing input,
 * 70 internal). {@code --debug} adds the stack trace.
 */
@Command(name = "interdict", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
        description = "Counter-threat-finance platform: sanctions lists, screening, payments, monitoring.")
public final class Cli implements Runnable {

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors.")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Builds the command tree. Production and tests share this one function. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Cli());
        // commands: one line each
        cl.addSubcommand(new ScreenCommand());
        cl.addSubcommand(new CompareCommand());
        cl.addSubcommand(new ListsCommand());
        cl.addSubcommand(new dev.interdict.app.cli.payments.PaymentsCommand());
        cl.addSubcommand(new MonitorCommand());
        cl.addSubcommand(new MonitorEvalCommand());
        cl.addSubcommand(new GenerateCommand());
        cl.addSubcommand(new ServeCommand());
        cl.addSubcommand(new AdminCommand());
        cl.addSubcommand(new AuditCommand());
        ListsStoreCommands.attach(cl); // lists import / update: after any other lists command
        cl.setExecutionExceptionHandler(Cli::onException);
        cl.setParameterExceptionHandler(Cli::onParameterException);
        return cl;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs with the given output and error writers (for tests). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static boolean debug(CommandLine cl) {
        for (CommandLine c = cl; c != null; c = c.getParent()) {
            if (c.getCommand() instanceof Cli root) {
                return root.debug;
            }
        }
        return false;
    }

    private static int onParameterException(CommandLine.ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println("interdict: " + e.getMessage() + " (see '" + cl.getCommandSpec().qualifiedName() + " --help')");
        if (debug(cl)) {
            e.printStackTrace(err);
        }
        return ExitCodes.USAGE;
    }

    private static int onException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        String message;
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof CliException ce) {
            code = ce.exitCode();
            message = ce.getMessage();
        } else if (cause instanceof NoSuchFileException || cause instanceof FileNotFoundException) {
            code = ExitCodes.NO_INPUT;
            message = "no such file: " + cause.getMessage();
        } else if (cause instanceof AccessDeniedException) {
            code = ExitCodes.NO_INPUT;
            message = "cannot read: " + cause.getMessage();
        } else if (cause instanceof java.io.IOException) {
            code = ExitCodes.SOFTWARE;
            message = "I/O error: " + cause.getMessage();
        } else {
            code = ExitCodes.SOFTWARE;
            message = "internal error: " + cause + (debug(cl) ? "" : " (run with --debug for details)");
        }
        err.println("interdict: " + message);
        if (debug(cl)) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Reports the version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"interdict " + (v == null ? "dev" : v)};
        }
    }
}
