package dev.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.model.Entity;
import dev.interdict.screening.eval.VariantGenerator;
import dev.interdict.screening.eval.VariantGenerator.Variant;
import dev.interdict.text.NameNormalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index's key table against the keys as strings, on real names and their variants. */
class NameIndexTest {

    @Test
    void queryPostingsAreThePostingsOfTheQueryKeysInOrder() throws IOException {
        Screener screener = GoldenScreeningTest.screener();
        NameIndex index = screener.index();
        List<String> names = new ArrayList<>();
        List<Entity> entities = screener.entities();
        List<Variant> variants = new VariantGenerator(7).generate(entities.subList(0, 2000));
        for (int i = 0; i < variants.size(); i += 5) {
            names.add(variants.get(i).query());
        }
        for (int e = 0; e < entities.size(); e += 41) {
            names.add(entities.get(e).caption());
        }
        int hits = 0;
        for (String name : names) {
            var n = NameNormalizer.normalize(name, false);
            if (n.isEmpty()) {
                continue;
            }
            PreparedName p = new PreparedName(n, index.weights);
            List<List<String>> keys = NameIndex.tokenKeys(p, true);
            List<List<int[]>> got = index.queryPostings(p);
            assertThat(got).as(name).hasSameSizeAs(keys);
            for (int g = 0; g < keys.size(); g++) {
                List<int[]> expected = new ArrayList<>();
                for (String key : keys.get(g)) {
                    int[] post = index.postings(key);
                    if (post != null) {
                        expected.add(post);
                    }
                }
                assertThat(got.get(g)).as("%s, group %d", name, g).containsExactlyElementsOf(expected);
                hits += expected.size();
            }
        }
        assertThat(hits).isGreaterThan(10_000);
        assertThat(index.postings("=zzzzqqqq")).isNull();
    }
}
