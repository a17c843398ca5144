package dev.interdict.screening;

import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import dev.interdict.model.Schema;
import dev.interdict.text.NameNormalizer;
import dev.interdict.text.NameToken;
import dev.interdict.text.Nicknames;
import dev.interdict.text.NormalizedName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Candidate retrieval: an inverted index from token keys to list names, so that a query is compared only with
 * names that share at least one key with it. Keys of a token: its text, its Spanish phonetic key, its consonant
 * skeleton, the full names it may be a nickname of, and its single-character deletions (so one typo, one missing
 * or extra letter, or two swapped letters still meet). Adjacent token pairs are also indexed joined, for fused
 * spellings. Built once per list version; read-only afterwards and safe to share between threads.
 */
final class NameIndex {

    /** One indexed name of one entity. */
    record Entry(int entity, Name name, PreparedName prepared) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final KeyTable postings;
    final TokenWeights weights;
    /** The score bound of every entry, for pruning candidates. */
    final ScoreBound bound;
    /** Per entry: whether its name is a weak alias. */
    private final boolean[] weak;

    NameIndex(List<Entity> entities) {
        List<NormalizedName> normalized = new ArrayList<>();
        List<int[]> owner = new ArrayList<>();
        List<Name> names = new ArrayList<>();
        weights = new TokenWeights();
        for (int e = 0; e < entities.size(); e++) {
            Entity entity = entities.get(e);
            boolean person = entity.schema() == Schema.PERSON;
            Set<String> seen = new HashSet<>();
            for (Name name : entity.names()) {
                NormalizedName n = NameNormalizer.normalize(name.value(), person);
                add(n, name, e, seen, normalized, owner, names);
                for (NormalizedName nick : n.nicknames()) {
                    add(nick, new Name(nick.original(), NameKind.WEAK_ALIAS), e, seen, normalized, owner, names);
                }
            }
        }
        for (NormalizedName n : normalized) {
            Set<String> distinct = new LinkedHashSet<>();
            for (NameToken t : n.tokens()) {
                if (t.isName()) {
                    distinct.add(t.text());
                }
            }
            weights.addName(distinct);
        }
        Map<String, IntList> building = new HashMap<>();
        for (int i = 0; i < normalized.size(); i++) {
            PreparedName p = new PreparedName(normalized.get(i), weights);
            entries.add(new Entry(owner.get(i)[0], names.get(i), p));
            for (String key : keys(p, false)) {
                building.computeIfAbsent(key, k -> new IntList()).add(i);
            }
        }
        Map<String, int[]> byKey = new HashMap<>(building.size() * 2);
        building.forEach((k, v) -> byKey.put(k, v.toArray()));
        postings = new KeyTable(byKey);
        bound = new ScoreBound(entries);
        weak = new boolean[entries.size()];
        for (int i = 0; i < weak.length; i++) {
            weak[i] = entries.get(i).name().kind() == NameKind.WEAK_ALIAS;
        }
    }

    private static void add(NormalizedName n, Name name, int e, Set<String> seen, List<NormalizedName> normalized,
            List<int[]> owner, List<Name> names) {
        if (n.isEmpty() || !seen.add(n.text())) {
            return;
        }
        normalized.add(n);
        owner.add(new int[] {e});
        names.add(name);
    }

    List<Entry> entries() {
        return entries;
    }

    int keyCount() {
        return postings.size();
    }

    Entry entry(int i) {
        return entries.get(i);
    }

    /** Whether entry {@code i} is a weak alias. */
    boolean weakAlias(int i) {
        return weak[i];
    }

    /**
     * What a key of a name stands for ({@link #groupedKeys}): the key is {@code kind} then {@code text} with the
     * letter at {@code skip} left out ({@code -1}: none), then {@code then} ({@code null}: nothing); {@code null}
     * leaves the key out.
     */
    interface KeyMapper<T> {
        T map(char kind, String text, int skip, String then);
    }

    /**
     * The keys of a prepared name's tokens, a group per token (empty for a non-name), then a group per pair of
     * neighbours with a name among them. For a query ({@code query = true}) the deletions are looked up under both
     * the exact and the deletion key space, which together cover edit distance one. The one definition of the keys:
     * the index is built from them as strings ({@link #tokenKeys}) and queries look them up without building them
     * ({@link #queryPostings}). Each key is given to {@code f}, and what it returns kept in the key's group.
     */
    static <T> List<List<T>> groupedKeys(PreparedName p, boolean query, KeyMapper<T> f) {
        List<List<T>> out = new ArrayList<>(p.size() * 2);
        for (int i = 0; i < p.size(); i++) {
            List<T> group = new ArrayList<>();
            out.add(group);
            String t = p.text[i];
            if (!p.isName[i] || t.length() < 2) {
                continue;
            }
            add(group, f.map('=', t, -1, null));
            add(group, f.map('~', p.phonetic[i], -1, null));
            if (p.skeleton[i].length() >= 3 && t.length() >= 4) {
                add(group, f.map('#', p.skeleton[i], -1, null));
            }
            for (String c : Nicknames.canonical(t)) {
                add(group, f.map('@', c, -1, null));
            }
            if (query && t.length() >= 3) {
                add(group, f.map('-', t, -1, null)); // a list token one letter longer (BUT / BOUT)
            }
            if (t.length() >= 4) {
                for (int d = 0; d < t.length(); d++) {
                    add(group, f.map('-', t, d, null));
                    if (query) {
                        add(group, f.map('=', t, d, null));
                    }
                }
            }
        }
        // joined neighbours, for fused spellings (BIN LADEN / BINLADEN)
        for (int i = 0; i + 1 < p.size(); i++) {
            if (p.isName[i] || p.isName[i + 1]) {
                List<T> pair = new ArrayList<>();
                out.add(pair);
                add(pair, f.map('=', p.text[i], -1, p.text[i + 1]));
            }
        }
        return out;
    }

    private static <T> void add(List<T> group, T value) {
        if (value != null) {
            group.add(value);
        }
    }

    /** The keys of {@link #groupedKeys} as strings, grouped. */
    static List<List<String>> tokenKeys(PreparedName p, boolean query) {
        return groupedKeys(p, query, (kind, text, skip, then) -> kind
                + (skip < 0 ? text : text.substring(0, skip) + text.substring(skip + 1)) + (then == null ? "" : then));
    }

    private static Set<String> keys(PreparedName p, boolean query) {
        Set<String> all = new HashSet<>();
        for (List<String> k : tokenKeys(p, query)) {
            all.addAll(k);
        }
        return all;
    }

    /** The postings of one key, or {@code null}. */
    int[] postings(String key) {
        return postings.get(key.charAt(0), key.substring(1));
    }

    /**
     * The postings of a query's keys ({@link #groupedKeys} with {@code query = true}), in its groups and order, keys
     * that no list name has left out; looked up without building the keys.
     */
    List<List<int[]>> queryPostings(PreparedName p) {
        return groupedKeys(p, true, (kind, text, skip, then) -> skip >= 0 ? postings.getDeletion(kind, text, skip)
                : then != null ? postings.getJoined(kind, text, then)
                : postings.get(kind, text));
    }

    /** A growable int array. */
    static final class IntList {
        private int[] a = new int[4];
        private int n;

        void add(int v) {
            if (n > 0 && a[n - 1] == v) {
                return;
            }
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
