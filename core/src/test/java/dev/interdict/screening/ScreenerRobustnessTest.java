package dev.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Names as they arrive from customer files and payment fields: any mix of scripts, combining marks, symbols and
 * lengths. Screening one must give matches with scores in 0..1 or none, never an exception (a blank name is
 * refused by {@link Query} with {@link IllegalArgumentException}, as documented).
 */
class ScreenerRobustnessTest {

    private static final int[][] RANGES = {
        {0x20, 0x7e}, {0xc0, 0x24f}, {0x600, 0x6ff}, {0x64b, 0x65f}, {0xac00, 0xd7a3}, {0x3131, 0x318e},
        {0x4e00, 0x4fff}, {0x30a0, 0x30ff}, {0x400, 0x4ff}, {0x370, 0x3ff}, {0x5d0, 0x5ea}, {0x300, 0x36f},
        {0x2000, 0x206f}, {0x1f600, 0x1f64f},
    };

    private final Screener screener = Screener.of(List.of(
            person("1", "KIM, Jong Un"), person("2", "GUZMAN LOERA, Joaquin"), person("3", "NASRALLAH, Hasan"),
            person("4", "محمد حسن آخوند"), person("5", "LAVILLA, Ruben Pestano, Jr."),
            Entity.builder("t", "6").schema(Schema.ORGANIZATION).name(Name.primary("HIZBALLAH")).build()));

    private static Entity person(String id, String name) {
        return Entity.builder("t", id).schema(Schema.PERSON).name(Name.primary(name)).build();
    }

    @Test
    void anyStringIsScreenedOrRefusedAsBlank() {
        Random r = new Random(7);
        int screened = 0;
        for (int i = 0; i < 5000; i++) {
            String q = randomName(r, i % 100 == 0 ? 400 : 25);
            Schema schema = r.nextBoolean() ? Schema.PERSON : null;
            if (q.isBlank()) {
                assertThatCode(() -> Query.of(q, schema)).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("blank");
                continue;
            }
            Query query = Query.of(q, schema);
            assertThatCode(() -> {
                for (Match m : screener.screen(query, 0.3, 5)) {
                    assertThat(m.score()).as(q).isBetween(0.0, 1.0);
                }
                assertThat(Screener.compare(Schema.PERSON, q, "KIM, Jong Un")).as(q).isBetween(0.0, 1.0);
            }).as(q).doesNotThrowAnyException();
            screened++;
        }
        assertThat(screened).isGreaterThan(4000);
    }

    private static String randomName(Random r, int maxLength) {
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(maxLength);
        for (int k = 0; k < n; k++) {
            int[] range = RANGES[r.nextInt(RANGES.length)];
            if (r.nextInt(5) == 0) {
                b.append(' ');
            } else {
                b.appendCodePoint(range[0] + r.nextInt(range[1] - range[0] + 1));
            }
        }
        return b.toString();
    }
}
