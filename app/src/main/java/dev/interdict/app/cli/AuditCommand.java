package dev.interdict.app.cli;

import dev.interdict.store.AuditLog;
import dev.interdict.store.Store;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code interdict audit verify}: recomputes the audit log's hash chain; exit 65 when it is broken. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "Check the audit log.",
        subcommands = AuditCommand.Verify.class)
public final class AuditCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "an audit command is required: verify");
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Verify the hash chain: detects edited, deleted or inserted entries. Exit 0 intact, 65 broken.")
    static final class Verify implements Callable<Integer> {
        @CommandLine.Mixin
        StoreOptions storeOptions = new StoreOptions();

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = storeOptions.open()) {
                AuditLog.Verification v = store.withHandle(h -> store.audit().verify(h));
                PrintWriter out = spec.commandLine().getOut();
                if (v.ok()) {
                    out.println("audit log intact: " + v.entries() + " entries, head " + v.headHash());
                    out.flush();
                    return ExitCodes.OK;
                }
                PrintWriter err = spec.commandLine().getErr();
                err.println("interdict: audit log BROKEN (" + v.entries() + " entries checked):");
                v.problems().forEach(p -> err.println("  " + p));
                err.flush();
                return ExitCodes.DATA_ERR;
            }
        }
    }
}
