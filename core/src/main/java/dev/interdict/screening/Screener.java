package dev.interdict.screening;

import dev.interdict.model.Address;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.NameKind;
import dev.interdict.model.Schema;
import dev.interdict.screening.Explanation.AttributeCheck;
import dev.interdict.screening.Explanation.Outcome;
import dev.interdict.text.LegalForms;
import dev.interdict.text.NameNormalizer;
import dev.interdict.text.NameToken;
import dev.interdict.text.NormalizedName;
import dev.interdict.text.TokenKind;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Screens names against a fixed set of list entities: candidate retrieval through a {@link NameIndex}, then
 * precise scoring by token alignment ({@link NameScorer}), then secondary attributes (birth date, country,
 * identifiers, schema). Every match carries an {@link Explanation}.
 *
 * <p>Build one per list version with {@link #of(Collection)}; screening is thread-safe.
 */
public final class Screener {

    /**
     * The recommended operating point: matches at or above it are alerts. Chosen on the tuning half of the
     * evaluation variants (see docs/accuracy.md).
     */
    public static final double DEFAULT_THRESHOLD = 0.85;
    /** How many matches a query returns by default. */
    public static final int DEFAULT_LIMIT = 10;
    /** How many candidate names at most are scored precisely per query. */
    static final int MAX_CANDIDATES = 400;
    /** Share of the query's token weight a candidate must meet in the index to be scored. */
    static final double MIN_HIT_SHARE = 0.34;

    static final double DOB_AGREES = 0.05;
    static final double DOB_NEAR = -0.05;
    static final double DOB_CONTRADICTS = -0.20;
    static final double COUNTRY_AGREES = 0.03;
    static final double COUNTRY_CONTRADICTS = -0.05;
    /**
     * Factor on matches of a weak alias (OFAC's "weak AKA": a short or broad name the list itself says is of low
     * quality). 0.9 on the tuning half: a fuzzy match on one ("Al Green" / Al-Grein, "Danielle Garcia" / DANILO
     * GARCIA) no longer alerts; an exact or near-exact one still does.
     */
    static final double WEAK_ALIAS_FACTOR = 0.9;
    /** Factor on matches of a query's quoted nickname when the query also has a full name. */
    static final double QUERY_NICKNAME_FACTOR = 0.85;
    static final double IDENTIFIER_SCORE = 0.99;

    private final List<Entity> entities;
    private final NameIndex index;
    private final Map<String, List<Integer>> byIdentifier = new HashMap<>();
    private final ThreadLocal<Scratch> scratch;

    private final Algorithm algorithm;

    private Screener(Collection<Entity> entities, Algorithm algorithm) {
        this.algorithm = java.util.Objects.requireNonNull(algorithm, "algorithm");
        this.entities = List.copyOf(entities);
        this.index = new NameIndex(this.entities);
        for (int e = 0; e < this.entities.size(); e++) {
            for (Identifier id : this.entities.get(e).identifiers()) {
                String v = id.normalizedValue();
                if (v.length() >= 4) {
                    byIdentifier.computeIfAbsent(v, k -> new ArrayList<>()).add(e);
                    String upper = v.toUpperCase(Locale.ROOT);
                    if (!upper.equals(v)) {
                        byIdentifier.computeIfAbsent(upper, k -> new ArrayList<>()).add(e);
                    }
                }
            }
        }
        int n = index.entries().size();
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(n));
    }

    /** Builds the index over {@code entities}. */
    public static Screener of(Collection<Entity> entities) {
        return new Screener(entities, Algorithm.INTERDICT);
    }

    /** Builds the index over {@code entities}, scoring with {@code algorithm}. */
    public static Screener of(Collection<Entity> entities, Algorithm algorithm) {
        return new Screener(entities, algorithm);
    }

    /** The scoring algorithm of this screener. */
    public Algorithm algorithm() {
        return algorithm;
    }

    public int entityCount() {
        return entities.size();
    }

    /** How many names (primary names and aliases) are indexed. */
    public int nameCount() {
        return index.entries().size();
    }

    public List<Entity> entities() {
        return entities;
    }

    NameIndex index() {
        return index;
    }

    public List<Match> screen(Query query) {
        return screen(query, DEFAULT_THRESHOLD, DEFAULT_LIMIT);
    }

    /**
     * The entities whose names match {@code query} at or above {@code threshold}, best first, at most
     * {@code limit}.
     */
    public List<Match> screen(Query query, double threshold, int limit) {
        return screen(query, threshold, limit, true);
    }

    /**
     * {@link #screen(Query, double, int)}; with {@code bounded} false every candidate is aligned, none pruned by its
     * {@link ScoreBound} (the same results, slower: for tests).
     */
    List<Match> screen(Query query, double threshold, int limit, boolean bounded) {
        if (threshold < 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in 0..1, got " + threshold);
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        boolean person = query.schema() == Schema.PERSON;
        NormalizedName qn = NameNormalizer.normalize(query.name(), person);
        List<PreparedName> forms = new ArrayList<>();
        if (!qn.isEmpty()) {
            forms.add(new PreparedName(qn, index.weights));
        }
        int mainForms = forms.size();
        for (NormalizedName nick : qn.nicknames()) {
            forms.add(new PreparedName(nick, index.weights));
        }
        // name scores below this are dropped
        double kept = threshold - 0.25;
        // a candidate whose score bound is below what could still make a match is not aligned
        double floor = Math.max(kept, threshold - maxAttributeBonus(query));
        boolean prune = bounded && algorithm == Algorithm.INTERDICT && floor > ScoreBound.MARGIN;
        // best name per entity
        Map<Integer, Best> best = new HashMap<>();
        for (int f = 0; f < forms.size(); f++) {
            PreparedName qp = forms.get(f);
            // a quoted nickname next to a full name ("Jesus 'Chuy' Garcia") is a hint, not a name on its own
            double formFactor = f >= mainForms && mainForms > 0 ? QUERY_NICKNAME_FACTOR : 1.0;
            for (int entryId : candidates(qp)) {
                boolean weak = index.weakAlias(entryId) && algorithm == Algorithm.INTERDICT;
                if (prune && index.bound.below(qp, entryId, floor / (formFactor * (weak ? WEAK_ALIAS_FACTOR : 1)))) {
                    continue;
                }
                NameIndex.Entry entry = index.entry(entryId);
                Entity entity = entities.get(entry.entity());
                if (query.schema() != null && !query.schema().matches(entity.schema())) {
                    continue;
                }
                double s;
                if (algorithm == Algorithm.OFAC) {
                    s = OfacScorer.score(query.name(), entry.name().value()) / 100.0;
                } else {
                    s = NameScorer.score(qp, entry.prepared(), false).score() * formFactor;
                }
                if (weak) {
                    s *= WEAK_ALIAS_FACTOR;
                }
                if (s < kept) {
                    continue;
                }
                Best b = best.get(entry.entity());
                if (b == null || s > b.nameScore
                        || s == b.nameScore && qp.normalized.text().equals(entry.prepared().normalized.text())) {
                    best.put(entry.entity(), new Best(entryId, qp, s));
                }
            }
        }
        // identifiers: an exact match is strong evidence whatever the name
        for (Identifier id : query.identifiers()) {
            List<Integer> hits = byIdentifier.get(id.normalizedValue());
            if (hits != null) {
                for (int e : hits) {
                    Entity entity = entities.get(e);
                    if (query.schema() == null || query.schema().matches(entity.schema())) {
                        best.computeIfAbsent(e, k -> new Best(-1, null, 0));
                    }
                }
            }
        }
        List<Match> out = new ArrayList<>();
        for (Map.Entry<Integer, Best> en : best.entrySet()) {
            Match m = finish(query, en.getKey(), en.getValue(), threshold);
            if (m != null) {
                out.add(m);
            }
        }
        out.sort(null);
        return out.size() > limit ? new ArrayList<>(out.subList(0, limit)) : out;
    }

    /**
     * The most {@link #finish} can add to a name score for {@code query}: nothing for a name alone, the agreeing
     * birth date and country when given; with identifiers, anything (an identifier match scores
     * {@link #IDENTIFIER_SCORE} whatever the name).
     */
    private double maxAttributeBonus(Query query) {
        if (!query.identifiers().isEmpty()) {
            return 1;
        }
        double bonus = 0;
        if (algorithm == Algorithm.INTERDICT && query.birthDate() != null) {
            bonus += Math.max(0, Math.max(DOB_AGREES, Math.max(DOB_NEAR, DOB_CONTRADICTS)));
        }
        if (algorithm == Algorithm.INTERDICT && query.country() != null) {
            bonus += Math.max(0, Math.max(COUNTRY_AGREES, COUNTRY_CONTRADICTS));
        }
        return bonus;
    }

    private Match finish(Query query, int entityIdx, Best b, double threshold) {
        Entity entity = entities.get(entityIdx);
        List<AttributeCheck> checks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        double nameScore = b.nameScore;
        double score = nameScore;
        // identifiers
        boolean idMatch = false;
        for (Identifier qid : query.identifiers()) {
            String v = qid.normalizedValue();
            for (Identifier lid : entity.identifiers()) {
                if (lid.normalizedValue().equalsIgnoreCase(v)) {
                    idMatch = true;
                    checks.add(new AttributeCheck("identifier", Outcome.AGREES, qid.value(),
                            lid.type() + " " + lid.value(), IDENTIFIER_SCORE - score > 0 ? IDENTIFIER_SCORE - score : 0));
                    break;
                }
            }
        }
        if (idMatch) {
            score = Math.max(score, IDENTIFIER_SCORE);
        }
        // birth date
        if (query.birthDate() != null && algorithm == Algorithm.INTERDICT) {
            if (entity.birthDates().isEmpty()) {
                checks.add(new AttributeCheck("birth_date", Outcome.NOT_COMPARED, query.birthDate().toString(),
                        null, 0));
            } else {
                double effect = dobEffect(query.birthDate(), entity.birthDates());
                Outcome o = effect > 0 ? Outcome.AGREES : Outcome.CONTRADICTS;
                checks.add(new AttributeCheck("birth_date", o, query.birthDate().toString(),
                        join(entity.birthDates()), effect));
                score += effect;
            }
        }
        // country
        if (query.country() != null && algorithm == Algorithm.INTERDICT) {
            List<String> countries = new ArrayList<>(entity.countries());
            List<String> addressCountries = new ArrayList<>();
            for (Address a : entity.addresses()) {
                if (a.country() != null) {
                    addressCountries.add(a.country());
                }
            }
            if (countries.contains(query.country()) || addressCountries.contains(query.country())) {
                checks.add(new AttributeCheck("country", Outcome.AGREES, query.country(),
                        String.join(" ", countries.isEmpty() ? addressCountries : countries), COUNTRY_AGREES));
                score += COUNTRY_AGREES;
            } else if (!countries.isEmpty()) {
                checks.add(new AttributeCheck("country", Outcome.CONTRADICTS, query.country(),
                        String.join(" ", countries), COUNTRY_CONTRADICTS));
                score += COUNTRY_CONTRADICTS;
            } else {
                checks.add(new AttributeCheck("country", Outcome.NOT_COMPARED, query.country(), null, 0));
            }
        }
        score = Math.max(0, Math.min(1, score));
        if (score < threshold) {
            return null;
        }
        NameScorer.Result r;
        String matchedName;
        NameKind kind;
        if (b.entry >= 0 && algorithm == Algorithm.OFAC) {
            NameIndex.Entry entry = index.entry(b.entry);
            r = new NameScorer.Result(nameScore, 0, List.of());
            matchedName = entry.name().value();
            kind = entry.name().kind();
            notes.add("OFAC Sanctions List Search compatible score (Jaro-Winkler, whole name and per word)");
        } else if (b.entry >= 0) {
            NameIndex.Entry entry = index.entry(b.entry);
            r = NameScorer.score(b.query, entry.prepared(), true);
            matchedName = entry.name().value();
            kind = entry.name().kind();
            if (kind == NameKind.WEAK_ALIAS) {
                notes.add(String.format(Locale.ROOT, "weak alias x%.2f", WEAK_ALIAS_FACTOR));
            }
            for (NameToken t : b.query.normalized.tokens()) {
                if (t.kind() == TokenKind.LEGAL_FORM) {
                    notes.add("legal forms not weighed");
                    break;
                }
            }
        } else {
            r = new NameScorer.Result(0, 0, List.of());
            matchedName = entity.caption();
            kind = entity.names().get(0).kind();
            notes.add("matched on identifier only");
        }
        Explanation ex = new Explanation(nameScore, r.tokens(), checks, notes, score);
        return new Match(entity, matchedName, kind, score, ex);
    }

    private static String join(List<BirthDate> dates) {
        StringBuilder b = new StringBuilder();
        for (BirthDate d : dates) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(d);
        }
        return b.toString();
    }

    static double dobEffect(BirthDate q, List<BirthDate> listed) {
        long bestGapDays = Long.MAX_VALUE;
        for (BirthDate d : listed) {
            if (d.overlaps(q)) {
                return DOB_AGREES;
            }
            long gap = d.latest().isBefore(q.earliest())
                    ? ChronoUnit.DAYS.between(d.latest(), q.earliest())
                    : ChronoUnit.DAYS.between(q.latest(), d.earliest());
            bestGapDays = Math.min(bestGapDays, gap);
        }
        return bestGapDays <= 366 ? DOB_NEAR : DOB_CONTRADICTS;
    }

    /** Candidate entries for a query name, best index evidence first. */
    private int[] candidates(PreparedName qp) {
        Scratch s = scratch.get();
        s.generation++;
        int touched = 0;
        List<List<int[]>> keys = index.queryPostings(qp);
        double total = 0;
        for (int i = 0; i < qp.size(); i++) {
            if (qp.isName[i]) {
                total += qp.weight[i];
            }
        }
        for (int t = 0; t < keys.size(); t++) {
            double w;
            if (t < qp.size()) {
                w = qp.isName[t] ? qp.weight[t] : 0;
            } else {
                int i = t - qp.size();
                w = (qp.isName[i] ? qp.weight[i] : 0) + (qp.isName[i + 1] ? qp.weight[i + 1] : 0);
            }
            if (w == 0) {
                continue;
            }
            long seen = (long) s.generation << 32 | t;
            for (int[] post : keys.get(t)) {
                for (int e : post) {
                    // per entry, side by side: the query and key group that last counted it, and its hit weight
                    long state = s.state[2 * e];
                    if (state == seen) {
                        continue;
                    }
                    s.state[2 * e] = seen;
                    double hit = s.hit(e);
                    if ((int) (state >>> 32) != s.generation) {
                        hit = 0;
                        if (touched == s.touched.length) {
                            s.touched = java.util.Arrays.copyOf(s.touched, touched * 2);
                        }
                        s.touched[touched++] = e;
                    }
                    s.setHit(e, hit + w);
                }
            }
        }
        double min = Math.min(total, total * MIN_HIT_SHARE);
        int kept = 0;
        int[] out = new int[touched];
        for (int i = 0; i < touched; i++) {
            int e = s.touched[i];
            if (s.hit(e) >= min - 1e-9) {
                out[kept++] = e;
            }
        }
        if (kept > MAX_CANDIDATES) {
            boostInitials(qp, out, kept, s);
            Integer[] boxed = new Integer[kept];
            for (int i = 0; i < kept; i++) {
                boxed[i] = out[i];
            }
            java.util.Arrays.sort(boxed, (a, b) -> {
                int c = Double.compare(s.hit(b), s.hit(a));
                return c != 0 ? c : Integer.compare(a, b);
            });
            kept = MAX_CANDIDATES;
            for (int i = 0; i < kept; i++) {
                out[i] = boxed[i];
            }
        }
        return java.util.Arrays.copyOf(out, kept);
    }

    /**
     * Initials have no index key. When more candidates pass than are scored, a query initial adds its weight to the
     * candidates with a name token of that initial, so that "F. Muhammad" still reaches MUHAMMAD, Faysal among the
     * thousands of names with MUHAMMAD (the cut used to fall in index order).
     */
    private void boostInitials(PreparedName qp, int[] cands, int n, Scratch s) {
        for (int i = 0; i < qp.size(); i++) {
            if (!qp.isName[i] || qp.text[i].length() != 1) {
                continue;
            }
            char ch = qp.text[i].charAt(0);
            for (int k = 0; k < n; k++) {
                PreparedName c = index.entry(cands[k]).prepared();
                for (int j = 0; j < c.size(); j++) {
                    if (c.isName[j] && c.text[j].charAt(0) == ch) {
                        s.setHit(cands[k], s.hit(cands[k]) + qp.weight[i]);
                        break;
                    }
                }
            }
        }
    }

    /** Entities listing an identifier equal to {@code value} after normalisation (spaces, dashes, case). */
    public List<Entity> findByIdentifier(String value) {
        List<Entity> out = new ArrayList<>();
        List<Integer> hits = byIdentifier.get(Identifier.normalize("", value));
        if (hits == null) {
            hits = byIdentifier.get(Identifier.normalize("", value).toUpperCase(Locale.ROOT));
        }
        if (hits != null) {
            for (int e : hits) {
                if (!out.contains(entities.get(e))) {
                    out.add(entities.get(e));
                }
            }
        }
        return out;
    }

    /**
     * The name score of two names, as the screener would score them with every token weighed equally; for
     * pairwise evaluation. A name that is only a legal form scores 0 against anything.
     */
    public static double compare(Schema schema, String name1, String name2) {
        return explainPair(schema, name1, name2).nameScore();
    }

    /**
     * The pairwise score of {@code algorithm}: {@link #compare(Schema, String, String)} for
     * {@link Algorithm#INTERDICT}, the SLS-style score / 100 for {@link Algorithm#OFAC}.
     */
    public static double compare(Algorithm algorithm, Schema schema, String name1, String name2) {
        return algorithm == Algorithm.OFAC ? OfacScorer.score(name1, name2) / 100.0 : compare(schema, name1, name2);
    }

    /** {@link #compare} with the token alignment. */
    public static Explanation explainPair(Schema schema, String name1, String name2) {
        boolean person = schema == Schema.PERSON;
        TokenWeights none = new TokenWeights();
        NormalizedName a = NameNormalizer.normalize(name1, person);
        NormalizedName b = NameNormalizer.normalize(name2, person);
        List<NormalizedName> as = new ArrayList<>(a.nicknames());
        as.add(0, a);
        List<NormalizedName> bs = new ArrayList<>(b.nicknames());
        bs.add(0, b);
        NameScorer.Result best = new NameScorer.Result(0, 0, List.of());
        for (NormalizedName x : as) {
            for (NormalizedName y : bs) {
                if (x.isEmpty() || y.isEmpty()) {
                    continue;
                }
                NameScorer.Result r = NameScorer.score(new PreparedName(x, none), new PreparedName(y, none), true);
                if (r.score() > best.score()) {
                    best = r;
                }
            }
        }
        List<String> notes = new ArrayList<>();
        if (a.isEmpty() || b.isEmpty()) {
            notes.add("nothing to compare after normalisation (only a legal form or punctuation)");
        }
        return new Explanation(best.score(), best.tokens(), List.of(), notes, best.score());
    }

    /** Whether a name is nothing but a legal form (such a query never matches). */
    public static boolean isOnlyLegalForm(String name) {
        return NameNormalizer.normalize(name).isEmpty() || LegalForms.isOnlyLegalForm(
                List.of(NameNormalizer.normalize(name).text().split(" ")));
    }

    private record Best(int entry, PreparedName query, double nameScore) {
    }

    private static final class Scratch {
        /** Which query this is, from 1 (state 0 is no query's). */
        int generation;
        /**
         * Two longs per entry, in one array so that counting an entry touches one memory line: the query generation
         * (high 32 bits) and key group (low 32 bits) that last counted it, and its hit weight in this query (the bits
         * of a double, valid when the generation is this query's).
         */
        final long[] state;
        int[] touched = new int[256];

        Scratch(int n) {
            state = new long[2 * n];
        }

        double hit(int e) {
            return Double.longBitsToDouble(state[2 * e + 1]);
        }

        void setHit(int e, double hit) {
            state[2 * e + 1] = Double.doubleToRawLongBits(hit);
        }
    }
}
