package dev.interdict.payments;

import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.screening.Match;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds listed names in free text ("pago a CJNG", "invoice Los Cuinis SA de CV") by screening token windows of 1 to
 * {@code maxTokens} tokens with the {@link Screener}. To stay fast it skips windows made only of stopwords, legal
 * forms and numbers, windows shorter than {@code minChars} letters, and, when built with a vocabulary of list-name
 * tokens ({@link #vocabulary(Collection)}), windows none of whose tokens occurs in any list name and windows that
 * begin or end with a token that is neither a list-name token nor a stopword or legal form. The vocabulary
 * trades away typo-tolerance inside free text for speed (party names are always screened in full). Thread-safe.
 */
public final class FreeTextScanner {

    /** Words that never make a window worth screening on their own (EN/ES/PT/FR/DE particles and payment words). */
    public static final Set<String> STOPWORDS = Set.copyOf(List.of("A", "AN", "THE", "OF", "AND", "FOR", "TO", "IN", "ON", "AT",
            "BY", "WITH", "FROM", "PAYMENT", "PAY", "PAID", "INVOICE", "INV", "REF", "REFERENCE", "NO", "NR", "NUM",
            "PAGO", "PAGOS", "FACTURA", "FACT", "DE", "DEL", "LA", "LAS", "LOS", "EL", "Y", "E", "EN", "POR", "PARA",
            "AL", "DA", "DO", "DOS", "DAS", "LE", "LES", "DU", "DES", "ET", "UND", "DER", "DIE", "DAS", "VON", "ZU",
            "FUR", "FEE", "FEES", "SERVICES", "SERVICE", "GOODS", "ORDER", "CONTRACT", "SALARY", "RENT", "TRANSFER",
            "ACCOUNT", "ACC", "PER", "VIA", "ABONO", "CUENTA", "CONCEPTO", "MES", "MONTH", "DATE", "TRADE"));
    /** Legal forms: never worth screening alone. */
    public static final Set<String> LEGAL_FORMS = Set.copyOf(List.of("SA", "CV", "SRL", "SAS", "LTD", "LTDA", "LLC", "LLP",
            "INC", "CORP", "CO", "COMPANY", "GMBH", "AG", "BV", "NV", "PLC", "SPA", "SAPI", "SC", "SPR", "RL",
            "LIMITED", "CORPORATION", "SAB", "OOO", "ZAO", "OAO", "PJSC", "JSC", "FZE", "FZCO", "PTE", "PTY", "KG"));

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Screener screener;
    private final Set<String> vocabulary;
    private final Set<String> boundaries;
    private final int maxTokens;
    private final int minChars;
    private final double threshold;

    /**
     * @param screener   the screener
     * @param vocabulary list-name tokens (see {@link #vocabulary(Collection)}), or {@code null} to screen every
     *                   window
     * @param maxTokens  longest window, 1..12
     * @param minChars   fewest letters/digits in a window
     * @param threshold  screening threshold, 0..1
     */
    public FreeTextScanner(Screener screener, Set<String> vocabulary, int maxTokens, int minChars,
            double threshold) {
        // a window is only screened when its first and last tokens could be the first and last tokens of a list name
        if (maxTokens < 1 || maxTokens > 12) {
            throw new IllegalArgumentException("maxTokens must be in 1..12, got " + maxTokens);
        }
        this.screener = screener;
        this.vocabulary = vocabulary == null ? null : Set.copyOf(vocabulary);
        if (vocabulary == null) {
            this.boundaries = null;
        } else {
            Set<String> b = new HashSet<>(this.vocabulary);
            b.addAll(STOPWORDS);
            b.addAll(LEGAL_FORMS);
            this.boundaries = Set.copyOf(b);
        }
        this.maxTokens = maxTokens;
        this.minChars = Math.max(1, minChars);
        this.threshold = threshold;
    }

    /** A listed name found in a text window. */
    public record Found(String window, Match match) {
    }

    /** Upper case, accents removed. */
    public static String fold(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        return MARKS.matcher(d).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The tokens of {@code text}: runs of letters and digits, folded. */
    public static List<String> tokens(String text) {
        String f = fold(text);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= f.length(); i++) {
            boolean word = i < f.length() && Character.isLetterOrDigit(f.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(f.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** The tokens of every list name (stopwords, legal forms and one-letter tokens left out). */
    public static Set<String> vocabulary(Collection<Entity> entities) {
        Set<String> v = new HashSet<>();
        for (Entity e : entities) {
            for (Name n : e.names()) {
                for (String t : tokens(n.value())) {
                    if (t.length() > 1 && !isFiller(t)) {
                        v.add(t);
                    }
                }
            }
        }
        return v;
    }

    static boolean isFiller(String token) {
        return STOPWORDS.contains(token) || LEGAL_FORMS.contains(token) || isNumber(token);
    }

    private static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The listed names found in {@code text}, best match per entity. */
    public List<Found> scan(String text) {
        return scan(text, w -> screener.screen(Query.of(w), threshold, 5));
    }

    /** As {@link #scan(String)}, screening each window with {@code screen} (e.g. through a cache). */
    public List<Found> scan(String text, java.util.function.Function<String, List<Match>> screen) {
        List<String> toks = tokens(text);
        int n = toks.size();
        boolean[] filler = new boolean[n];
        boolean[] anchor = new boolean[n];
        boolean[] edge = new boolean[n];
        for (int i = 0; i < n; i++) {
            filler[i] = isFiller(toks.get(i));
            anchor[i] = !filler[i] && (vocabulary == null || vocabulary.contains(toks.get(i)));
            edge[i] = boundaries == null || boundaries.contains(toks.get(i));
        }
        Map<String, Found> best = new HashMap<>();
        Set<String> seen = new HashSet<>();
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (!edge[i]) {
                continue;
            }
            w.setLength(0);
            int chars = 0;
            boolean hasAnchor = false;
            for (int len = 1; len <= maxTokens && i + len <= n; len++) {
                int j = i + len - 1;
                if (len > 1) {
                    w.append(' ');
                }
                w.append(toks.get(j));
                chars += toks.get(j).length();
                hasAnchor |= anchor[j];
                if (!hasAnchor || !edge[j] || chars < minChars || filler[j] && len > 1 && filler[i]) {
                    continue;
                }
                String window = w.toString();
                if (!seen.add(window)) {
                    continue;
                }
                for (Match m : screen.apply(window)) {
                    Found prev = best.get(m.entity().id());
                    // on a tie the window that spells the listed name wins: 'CJNG' rather than 'A CJNG',
                    // 'LOS CUINIS' rather than 'CUINIS'
                    if (prev == null || m.score() > prev.match().score()
                            || m.score() == prev.match().score() && spells(window, m) && !spells(prev.window(), m)) {
                        best.put(m.entity().id(), new Found(window, m));
                    }
                }
            }
        }
        List<Found> out = new ArrayList<>(best.values());
        out.sort((a, b) -> a.match().compareTo(b.match()));
        return out;
    }

    private static boolean spells(String window, Match m) {
        return dev.interdict.text.NameNormalizer.normalize(window).text()
                .equals(dev.interdict.text.NameNormalizer.normalize(m.matchedName()).text());
    }
}
