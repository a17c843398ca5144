package dev.interdict.app.cli.payments;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.interdict.app.cli.CliException;
import dev.interdict.payments.ledger.BlockedFundsLedger;
import dev.interdict.payments.ledger.BlockedProperty;
import dev.interdict.payments.ledger.JsonLinesLedgerStore;
import dev.interdict.payments.ledger.LedgerEvent;
import dev.interdict.payments.ledger.LedgerException;
import dev.interdict.payments.ledger.LedgerJson;
import dev.interdict.payments.ledger.Status;
import dev.interdict.report.AnnualBlockedPropertyReport;
import dev.interdict.report.BlockedPropertyReport;
import dev.interdict.report.ReportingInstitution;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code interdict payments ledger ...}: the blocked-funds ledger from the command line. */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Blocked-funds ledger: list, show, release/transfer (four-eyes), reports.",
        subcommands = {LedgerCommand.ListCmd.class, LedgerCommand.Show.class, LedgerCommand.Release.class,
            LedgerCommand.Transfer.class, LedgerCommand.Approve.class, LedgerCommand.Deny.class,
            LedgerCommand.Reported.class, LedgerCommand.Report.class, LedgerCommand.AnnualReport.class})
final class LedgerCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a ledger command is required");
    }

    /** Options every ledger command shares. */
    static class Base implements Callable<Integer> {
        @Option(names = "--ledger", required = true, paramLabel = "LEDGER.jsonl", description = "The ledger file.")
        Path file;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        BlockedFundsLedger ledger(boolean mustExist) {
            if (mustExist && !Files.exists(file)) {
                throw CliException.noInput("no such ledger: " + file);
            }
            try {
                return new BlockedFundsLedger(new JsonLinesLedgerStore(file));
            } catch (LedgerException e) {
                throw CliException.badData(e.getMessage());
            }
        }

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        /** Runs a ledger step, turning a refused step into one line and exit 65. */
        Integer step(Function<BlockedFundsLedger, BlockedProperty> f) {
            BlockedFundsLedger l = ledger(true);
            try {
                BlockedProperty r = f.apply(l);
                out().println(r.id() + " " + r.status());
                out().flush();
                return 0;
            } catch (LedgerException e) {
                throw CliException.badData(e.getMessage());
            }
        }

        @Override
        public Integer call() throws Exception {
            return 0;
        }
    }

    /** The reporting institution, from options. */
    static class Institution {
        @Option(names = "--institution", defaultValue = "(reporting institution)", description = "Institution name.")
        String name;
        @Option(names = "--institution-address", defaultValue = "(address)", description = "Institution address.")
        String address;
        @Option(names = "--contact", defaultValue = "(contact)", description = "Contact person.")
        String contact;
        @Option(names = "--contact-phone", defaultValue = "(phone)", description = "Contact phone.")
        String phone;
        @Option(names = "--contact-email", defaultValue = "(e-mail)", description = "Contact e-mail.")
        String email;

        ReportingInstitution get() {
            return new ReportingInstitution(name, address, contact, phone, email);
        }
    }

    @Command(name = "list", description = "List blocked-property records.")
    static final class ListCmd extends Base {
        @Option(names = "--status", description = "Only this status: ${COMPLETION-CANDIDATES}.")
        Status status;

        @Override
        public Integer call() {
            for (BlockedProperty r : ledger(false).records()) {
                if (status == null || r.status() == status) {
                    out().printf("%s %-16s blocked %s report due %s %s %s %s %s%n", r.id(), r.status(),
                            r.blockedDate(), r.reportDue(), r.amount() == null ? "-" : r.amount().toPlainString(),
                            r.currency(), r.entityId(), r.entityName());
                }
            }
            out().flush();
            return 0;
        }
    }

    @Command(name = "show", description = "Show one record (JSON) with its audit trail.")
    static final class Show extends Base {
        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() throws Exception {
            BlockedFundsLedger l = ledger(true);
            BlockedProperty r = l.get(id).orElseThrow(() -> CliException.badData("no blocked-property record " + id));
            var n = LedgerJson.record(r);
            var trail = n.putArray("audit_trail");
            for (LedgerEvent e : l.auditTrail(id)) {
                var ev = LedgerJson.event(e);
                ev.remove("record");
                trail.add(ev);
            }
            out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(n));
            out().flush();
            return 0;
        }
    }

    @Command(name = "release", description = "Request release under a licence (a second person must approve).")
    static final class Release extends Base {
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--licence", required = true, description = "OFAC licence reference.")
        String licence;
        @Option(names = "--by", required = true, description = "Who requests.")
        String by;
        @Option(names = "--note", description = "Note.")
        String note;

        @Override
        public Integer call() {
            return step(l -> l.requestRelease(id, licence, by, note));
        }
    }

    @Command(name = "transfer", description = "Request a transfer under a licence (a second person must approve).")
    static final class Transfer extends Base {
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--licence", required = true, description = "OFAC licence reference.")
        String licence;
        @Option(names = "--by", required = true, description = "Who requests.")
        String by;
        @Option(names = "--to", required = true, description = "Target account (e.g. a blocked interest-bearing account).")
        String to;
        @Option(names = "--note", description = "Note.")
        String note;

        @Override
        public Integer call() {
            return step(l -> l.requestTransfer(id, licence, by, to, note));
        }
    }

    @Command(name = "approve", description = "Approve the pending release/transfer (not by its requester).")
    static final class Approve extends Base {
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--by", required = true, description = "Who approves.")
        String by;

        @Override
        public Integer call() {
            return step(l -> l.approve(id, by));
        }
    }

    @Command(name = "deny", description = "Deny the pending release/transfer; the funds stay blocked.")
    static final class Deny extends Base {
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--by", required = true, description = "Who denies.")
        String by;
        @Option(names = "--reason", required = true, description = "Why.")
        String reason;

        @Override
        public Integer call() {
            return step(l -> l.deny(id, by, reason));
        }
    }

    @Command(name = "reported", description = "Record that the OFAC report was filed.")
    static final class Reported extends Base {
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--by", required = true, description = "Who filed it.")
        String by;
        @Option(names = "--ref", required = true, description = "Report reference.")
        String ref;

        @Override
        public Integer call() {
            return step(l -> l.markReported(id, by, ref));
        }
    }

    @Command(name = "report", description = "The OFAC blocked-property report for one record.")
    static final class Report extends Base {
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        String format;
        @CommandLine.Mixin
        Institution institution;

        @Override
        public Integer call() throws Exception {
            BlockedFundsLedger l = ledger(true);
            BlockedProperty r = l.get(id).orElseThrow(() -> CliException.badData("no blocked-property record " + id));
            LocalDate today = LocalDate.now(l.zone());
            switch (format) {
                case "json" -> out().println(new ObjectMapper().writerWithDefaultPrettyPrinter()
                        .writeValueAsString(BlockedPropertyReport.json(r, institution.get(), today)));
                case "text" -> out().print(BlockedPropertyReport.text(r, institution.get(), today));
                default -> throw CliException.usage("--format must be text or json, got " + format);
            }
            out().flush();
            return 0;
        }
    }

    @Command(name = "annual-report", description = "Annual report of property blocked as of June 30.")
    static final class AnnualReport extends Base {
        @Option(names = "--year", required = true, description = "The year whose June 30 is reported.")
        int year;
        @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
        String format;
        @CommandLine.Mixin
        Institution institution;

        @Override
        public Integer call() throws Exception {
            BlockedFundsLedger l = ledger(false);
            switch (format) {
                case "json" -> out().println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(
                        AnnualBlockedPropertyReport.json(l.records(), year, l.zone(), institution.get())));
                case "text" -> out().print(AnnualBlockedPropertyReport.text(l.records(), year, l.zone(),
                        institution.get()));
                default -> throw CliException.usage("--format must be text or json, got " + format);
            }
            out().flush();
            return 0;
        }
    }
}
