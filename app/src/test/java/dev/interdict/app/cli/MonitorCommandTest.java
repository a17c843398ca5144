package dev.interdict.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitorCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);
    }

    @Test
    void generateThenMonitorWritesOneJsonLinePerAlert() throws Exception {
        Path gen = dir.resolve("gen");
        assertThat(run("generate", "--customers", "400", "--days", "120", "--seed", "3", "--plant-rate", "0.05",
                "--output", gen.toString())).isZero();
        assertThat(gen.resolve("truth.csv")).exists();
        Path out = dir.resolve("alerts.jsonl");
        assertThat(run("monitor", "--format", "csv", "--accounts", gen.resolve("accounts.csv").toString(),
                "--transactions", gen.resolve("transactions.csv").toString(), "--output", out.toString())).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).isNotEmpty();
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        for (String field : List.of("alert_id", "typology", "accounts", "transactions", "start", "end", "amount",
                "score", "explanation")) {
            assertThat(first.has(field)).as(field).isTrue();
        }
        assertThat(first.get("accounts").isArray()).isTrue();
    }

    @Test
    void counterpartiesAreScreenedAgainstTheListsGiven() throws Exception {
        Path tx = dir.resolve("t.csv");
        Files.writeString(tx, """
                id,timestamp,from,to,amount,kind,branch,region,from_country,to_country,counterparty_name
                t1,2025-03-01T10:00:00Z,acct1,,2500,WIRE,b1,TX,US,MX,Cartel de Jalisco Nueva Generacion
                t2,2025-03-02T10:00:00Z,acct2,,300,WIRE,b1,TX,US,MX,Jane Nobody
                """);
        Path out = dir.resolve("o.jsonl");
        String lists = dev.interdict.testing.SharedData.require("lists/ofac-sdn-2026-cartel-rows").toString();
        assertThat(run("monitor", "--format", "csv", "--lists", lists, "--transactions", tx.toString(), "--output",
                out.toString())).isZero();
        java.util.List<String> lines = Files.readAllLines(out);
        assertThat(lines).filteredOn(l -> l.contains("sanctions_exposure")).hasSize(1)
                .allSatisfy(l -> assertThat(l).contains("t1").contains("ofac-sdn:17671").contains("FTO"));
        // without lists nobody is screened
        assertThat(run("monitor", "--format", "csv", "--transactions", tx.toString(), "--output", out.toString()))
                .isZero();
        assertThat(Files.readString(out)).doesNotContain("sanctions_exposure");
    }

    @Test
    void amlsimLayoutWithLabelColumns() throws Exception {
        Path tx = dir.resolve("t.csv");
        Files.writeString(tx, "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id\n"
                + "1,a,b,TRANSFER,100,2017-01-01T00:00:00Z,True,1\n");
        assertThat(run("monitor", "--format", "amlsim", "--transactions", tx.toString(), "--output",
                dir.resolve("o.jsonl").toString())).isZero();
    }

    @Test
    void errorsAreOneLineWithSysexitsCodes() throws Exception {
        Path out = dir.resolve("o.jsonl");
        assertThat(run("monitor", "--transactions", dir.resolve("missing.csv").toString(), "--output",
                out.toString())).isEqualTo(ExitCodes.NO_INPUT);
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp\n1,a,b,TRANSFER,x,2017-01-01\n");
        assertThat(run("monitor", "--transactions", bad.toString(), "--output", out.toString()))
                .isEqualTo(ExitCodes.DATA_ERR);
        assertThat(run("monitor", "--format", "xml", "--transactions", bad.toString(), "--output", out.toString()))
                .isEqualTo(ExitCodes.USAGE);
        Path rules = dir.resolve("r.json");
        Files.writeString(rules, "{\"nework\": {}}");
        assertThat(run("monitor", "--rules", rules.toString(), "--transactions", bad.toString(), "--output",
                out.toString())).isEqualTo(ExitCodes.DATA_ERR);
        assertThat(run("generate", "--customers", "1", "--output", dir.toString())).isEqualTo(ExitCodes.USAGE);
        String[] lines = err.toString().strip().split("\n");
        assertThat(lines).hasSize(5).allMatch(l -> l.startsWith("interdict: ") && !l.contains("Exception"));
        assertThat(lines[1]).contains("line 2").contains("amount is not a number");
        assertThat(lines[3]).contains("unknown key 'nework'");
    }
}
