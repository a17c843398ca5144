package dev.interdict.app.cli.payments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interdict.app.cli.CliException;
import dev.interdict.app.cli.ExitCodes;
import dev.interdict.payments.Action;
import dev.interdict.payments.DecisionJson;
import dev.interdict.payments.PaymentDecision;
import dev.interdict.payments.PaymentPolicy;
import dev.interdict.payments.PaymentScreening;
import dev.interdict.payments.ledger.BlockedFundsLedger;
import dev.interdict.payments.ledger.JsonLinesLedgerStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code interdict payments screen --lists PATH... --input FILE_OR_DIR --output OUT.jsonl}: one JSON line per
 * transaction. Every file is decided; files that cannot be read or parsed are HOLD lines, not errors.
 */
@Command(name = "screen", mixinStandardHelpOptions = true,
        description = "Screen payment messages; write one JSON line per transaction.")
final class ScreenCommand implements Callable<Integer> {

    @Option(names = "--lists", required = true, arity = "1..*", paramLabel = "PATH",
            description = "Sanctions lists: OFAC legacy CSV folders (sdn.csv, alt.csv) or FtM JSON lines.")
    List<Path> lists;

    @Option(names = "--input", required = true, paramLabel = "FILE_OR_DIR",
            description = "A message file, or a folder of message files (one message per file).")
    Path input;

    @Option(names = "--output", paramLabel = "OUT.jsonl", description = "Where to write the decisions (default: stdout).")
    Path output;

    @Option(names = "--policy", paramLabel = "POLICY.json",
            description = "Decision policy (default: the built-in default-policy.json).")
    Path policyFile;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest message parsed (default: 10485760).")
    Long maxBytes;

    @Option(names = "--ledger", paramLabel = "LEDGER.jsonl",
            description = "Record BLOCK decisions on this blocked-funds ledger.")
    Path ledgerFile;

    @Option(names = "--actor", defaultValue = "interdict-screening", paramLabel = "NAME",
            description = "Who records blocks on the ledger (default: ${DEFAULT-VALUE}).")
    String actor;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PaymentPolicy policy = policy();
        List<Path> files = inputs();
        PaymentScreening screening = PaymentScreening.of(dev.interdict.app.cli.ListOptions.entities(lists), policy);
        BlockedFundsLedger ledger = ledgerFile == null ? null : new BlockedFundsLedger(new JsonLinesLedgerStore(ledgerFile));
        ObjectMapper mapper = new ObjectMapper();
        Map<Action, Integer> counts = new EnumMap<>(Action.class);
        try (OutputStream os = output == null ? null : Files.newOutputStream(output);
                Writer w = os == null ? spec.commandLine().getOut()
                        : new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)) {
            for (Path f : files) {
                List<PaymentDecision> ds;
                try (InputStream in = Files.newInputStream(f)) {
                    ds = screening.screen(in);
                } catch (IOException e) {
                    ds = List.of(PaymentDecision.held(null, null, "cannot read " + f + ": " + e.getMessage(), null));
                }
                for (PaymentDecision d : ds) {
                    ObjectNode line = line(mapper, f, d);
                    if (ledger != null && d.action() == Action.BLOCK && d.transaction() != null) {
                        line.put("ledger_id", ledger.block(d, actor, null).id());
                    }
                    w.write(mapper.writeValueAsString(line));
                    w.write('\n');
                    counts.merge(d.action(), 1, Integer::sum);
                }
            }
            w.flush();
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            throw new CliException(ExitCodes.CANT_CREATE, "cannot write " + output + ": " + e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("interdict: screened " + files.size() + " file(s): " + counts);
        err.flush();
        return ExitCodes.OK;
    }

    static ObjectNode line(ObjectMapper m, Path file, PaymentDecision d) {
        ObjectNode n = m.createObjectNode();
        n.put("file", file.toString());
        n.setAll(DecisionJson.decision(d));
        return n;
    }

    private PaymentPolicy policy() {
        PaymentPolicy p;
        if (policyFile == null) {
            p = PaymentPolicy.defaults();
        } else {
            if (!Files.isRegularFile(policyFile)) {
                throw CliException.noInput("no such policy file: " + policyFile);
            }
            try (InputStream in = Files.newInputStream(policyFile)) {
                p = PaymentPolicy.read(in);
            } catch (IOException | IllegalArgumentException e) {
                throw CliException.badData("bad policy " + policyFile + ": " + e.getMessage().replaceAll("\\s+", " "));
            }
        }
        if (maxBytes != null) {
            if (maxBytes < 1024) {
                throw CliException.usage("--max-bytes must be >= 1024, got " + maxBytes);
            }
            p = p.withMaxMessageBytes(maxBytes);
        }
        return p;
    }

    private List<Path> inputs() throws IOException {
        if (!Files.exists(input)) {
            throw CliException.noInput("no such input: " + input);
        }
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(input)) {
            s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().forEach(out::add);
        }
        if (out.isEmpty()) {
            throw CliException.noInput("no message files in " + input);
        }
        return out;
    }
}
