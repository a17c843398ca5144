package dev.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.lists.ListLoader;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Schema;
import dev.interdict.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden screening cases from {@code golden/screening.tsv}, each line a query with its expected result inline,
 * screened against all shared lists together (OFAC SDN 2021-07 and the 2025/2026 cartel entries, OFAC
 * consolidated, UN).
 */
class GoldenScreeningTest {

    static final List<String> LISTS = List.of("lists/ofac-sdn-2021-07", "lists/ofac-sdn-2026-cartel-rows",
            "lists/ofac-sdn-2025-12-partial", "lists/ofac-consolidated-2025-12",
            "lists/un-consolidated-2026-02/consolidated.xml");

    private static Screener screener;

    static synchronized Screener screener() throws IOException {
        if (screener == null) {
            List<Path> paths = new ArrayList<>();
            for (String l : LISTS) {
                paths.add(SharedData.require(l));
            }
            screener = Screener.of(ListLoader.merge(ListLoader.loadAll(paths)));
        }
        return screener;
    }

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (InputStream in = GoldenScreeningTest.class.getResourceAsStream("/golden/screening.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int line = 0;
            for (String l : text.split("\n")) {
                line++;
                if (l.isBlank() || l.startsWith("#")) {
                    continue;
                }
                String[] f = l.split("\t");
                out.add(Arguments.of(line, f[0], f[1], f[2], f[3], f[4], f.length > 5 ? f[5] : ""));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1} -> {5} ({6})")
    @MethodSource("cases")
    void golden(int line, String query, String schema, String dob, String country, String expect, String note)
            throws IOException {
        Query q = new Query(query, "-".equals(schema) ? null : Schema.parse(schema),
                "-".equals(dob) ? null : BirthDate.parse(dob), "-".equals(country) ? null : country, List.of());
        List<Match> matches = screener().screen(q);
        String got = matches.isEmpty() ? "no match" : matches.get(0).entity().sourceId() + " "
                + matches.get(0).matchedName() + " " + matches.get(0).explanation().text();
        if (expect.equals("-")) {
            assertThat(matches).as("line %d: '%s' must not match, got %s", line, query, got).isEmpty();
        } else if (expect.startsWith("!")) {
            String id = expect.substring(1);
            assertThat(matches).as("line %d: '%s' must not match %s, got %s", line, query, id, got)
                    .noneMatch(m -> m.entity().sourceId().equals(id));
        } else {
            assertThat(matches).as("line %d: '%s' must match %s", line, query, expect).isNotEmpty();
            double top = matches.get(0).score();
            assertThat(matches).as("line %d: '%s' must have %s among the top-scoring matches, got %s", line, query,
                    expect, got).anyMatch(m -> m.entity().sourceId().equals(expect) && m.score() == top);
            assertThat(top).isGreaterThanOrEqualTo(Screener.DEFAULT_THRESHOLD);
        }
    }
}
