package dev.interdict.app;

import dev.interdict.app.cli.Cli;

/** The single entry point of the runnable jar: {@code java -jar interdict.jar COMMAND ...}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        int code = Cli.run(args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
