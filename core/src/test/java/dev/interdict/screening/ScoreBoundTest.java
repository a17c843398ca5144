package dev.interdict.screening;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interdict.model.BirthDate;
import dev.interdict.model.Entity;
import dev.interdict.model.Schema;
import dev.interdict.screening.eval.EvalData;
import dev.interdict.screening.eval.VariantGenerator;
import dev.interdict.screening.eval.VariantGenerator.Category;
import dev.interdict.screening.eval.VariantGenerator.Variant;
import dev.interdict.testing.SharedData;
import dev.interdict.text.NameNormalizer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link ScoreBound} is a true bound on real names: the scorer never exceeds it, a token pair the scorer makes
 * correspond is always one {@link ScoreBound#mayCorrespond} allows, and screening with the bound gives exactly the
 * results of screening without it. Queries: evaluation variants of every category, ordinary names in many scripts,
 * hard negatives and list names cut to a few words, against all shared lists.
 */
class ScoreBoundTest {

    private static final double[] FLOORS = {0.25, 0.6, 0.82, 0.85, 0.93};
    private static Screener screener;
    private static List<Query> queries;

    @BeforeAll
    static void load() throws IOException {
        screener = GoldenScreeningTest.screener();
        List<Entity> entities = screener.entities();
        queries = new ArrayList<>();
        Map<Category, Integer> perCategory = new EnumMap<>(Category.class);
        List<Variant> variants = new VariantGenerator(42).generate(entities);
        for (int i = 0; i < variants.size(); i += 7) {
            Variant v = variants.get(i);
            if (perCategory.merge(v.category(), 1, Integer::sum) <= 120) {
                queries.add(Query.of(v.query(), i % 2 == 0 ? Schema.PERSON : null));
            }
        }
        List<EvalData.Person> negatives = EvalData.readPersons(
                SharedData.require("names/negatives_us_synthetic.csv"));
        for (int i = 0; i < negatives.size(); i += 97) {
            queries.add(Query.of(negatives.get(i).fullName(), i % 2 == 0 ? Schema.PERSON : null));
        }
        List<EvalData.HardNegative> hard = EvalData.hardNegatives(entities, negatives, 42);
        for (int i = 0; i < hard.size(); i += 20) {
            queries.add(Query.of(hard.get(i).name(), Schema.PERSON));
        }
        for (int e = 0; e < entities.size(); e += 53) {
            String name = entities.get(e).caption();
            queries.add(Query.of(name));
            String[] words = name.split("\\s+");
            if (words.length > 2) {
                queries.add(Query.of(words[1] + " " + words[words.length - 1]));
            }
        }
    }

    private static List<PreparedName> prepared(Query q) {
        var n = NameNormalizer.normalize(q.name(), q.schema() == Schema.PERSON);
        List<PreparedName> out = new ArrayList<>();
        if (!n.isEmpty()) {
            out.add(new PreparedName(n, screener.index().weights));
        }
        for (var nick : n.nicknames()) {
            out.add(new PreparedName(nick, screener.index().weights));
        }
        return out;
    }

    @Test
    void theScorerNeverExceedsTheBound() {
        List<NameIndex.Entry> entries = screener.index().entries();
        int checked = 0;
        int pruned = 0;
        for (int k = 0; k < queries.size(); k += 16) {
            for (PreparedName q : prepared(queries.get(k))) {
                for (int id = 0; id < entries.size(); id++) {
                    NameIndex.Entry e = entries.get(id);
                    double bound = ScoreBound.upper(q, e.prepared());
                    double score = NameScorer.score(q, e.prepared(), false).score();
                    assertThat(score).as("'%s' vs '%s'", q.normalized.original(), e.name().value())
                            .isLessThanOrEqualTo(bound + ScoreBound.MARGIN);
                    for (double floor : FLOORS) {
                        if (screener.index().bound.below(q, id, floor)) {
                            assertThat(score).as("'%s' vs '%s' below %s", q.normalized.original(),
                                    e.name().value(), floor).isLessThan(floor);
                        }
                    }
                    checked++;
                    pruned += bound < 0.6 ? 1 : 0;
                }
            }
        }
        assertThat(checked).isGreaterThan(500_000);
        assertThat(pruned).as("the bound prunes most pairs at 0.6").isGreaterThan(checked / 2);
    }

    @Test
    void everyCorrespondingTokenPairIsOneTheBoundAllows() {
        // every distinct list token (with what the scorer reads of it) against every query token
        List<PreparedName> list = new ArrayList<>();
        List<Integer> tokenOf = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NameIndex.Entry e : screener.index().entries()) {
            PreparedName c = e.prepared();
            for (int j = 0; j < c.size(); j++) {
                if (c.isName[j] && seen.add(c.text[j] + "|" + c.role[j] + "|" + c.translit[j] + "|" + c.nameCount)) {
                    list.add(c);
                    tokenOf.add(j);
                }
            }
        }
        Explanation.How[] how = new Explanation.How[1];
        int corresponding = 0;
        for (int k = 0; k < queries.size(); k += 8) {
            for (PreparedName q : prepared(queries.get(k))) {
                for (int i = 0; i < q.size(); i++) {
                    if (!q.isName[i]) {
                        continue;
                    }
                    for (int t = 0; t < list.size(); t++) {
                        PreparedName c = list.get(t);
                        int j = tokenOf.get(t);
                        if (NameScorer.similarity(q, i, c, j, how) > 0) {
                            corresponding++;
                            assertThat(ScoreBound.mayCorrespond(q, i, c, j)).as("%s ~ %s (%s)", q.text[i],
                                    c.text[j], how[0]).isTrue();
                        }
                    }
                }
            }
        }
        assertThat(corresponding).isGreaterThan(5_000);
    }

    @Test
    void screeningWithTheBoundGivesExactlyTheResultsWithout() {
        List<Query> all = new ArrayList<>(queries);
        for (int k = 0; k < queries.size(); k += 3) {
            // with the attributes that can raise a name score (and so lower the floor of pruning)
            all.add(queries.get(k).withCountry("MX").withBirthDate(BirthDate.parse("1966-07-17")));
            all.add(queries.get(k + 1 < queries.size() ? k + 1 : k).withCountry("US"));
        }
        for (double threshold : new double[] {0.5, 0.85, 0.93}) {
            for (Query q : all) {
                List<Match> bounded = screener.screen(q, threshold, 10, true);
                List<Match> full = screener.screen(q, threshold, 10, false);
                assertThat(describe(bounded)).as("%s at %s", q.name(), threshold).isEqualTo(describe(full));
            }
        }
    }

    private static List<String> describe(List<Match> ms) {
        List<String> out = new ArrayList<>();
        for (Match m : ms) {
            out.add(m.entity().id() + " " + m.matchedName() + " " + m.nameKind() + " " + m.score() + " "
                    + m.explanation().nameScore() + " " + m.explanation().text());
        }
        return out;
    }
}
