package dev.interdict.screening;

import java.util.Map;

/**
 * The postings of the {@link NameIndex}: index key to the entries that have it, looked up without building the key
 * as a string (a query's keys are its tokens' texts, deletions and joined neighbours behind a one-letter prefix).
 * Open addressing over 64-bit hash codes of the keys, checked against the key itself on a hit, so a lookup is exact;
 * a key no list name has costs one probe of one array. Read-only once built; safe to share between threads.
 */
final class KeyTable {

    /** Per slot: the key's hash code (0: empty) and the index of its key and postings. */
    private final long[] slots;
    private final int mask;
    private final String[] keys;
    private final int[][] postings;

    KeyTable(Map<String, int[]> map) {
        int capacity = Integer.highestOneBit(Math.max(4, map.size() * 2 - 1)) << 1;
        slots = new long[capacity * 2];
        mask = capacity - 1;
        keys = new String[map.size()];
        postings = new int[map.size()][];
        int k = 0;
        for (Map.Entry<String, int[]> e : map.entrySet()) {
            String key = e.getKey();
            keys[k] = key;
            postings[k] = e.getValue();
            long h = hash(key.charAt(0), key, 1, key.length(), -1, null);
            int slot = (int) h & mask;
            while (slots[2 * slot] != 0) {
                slot = slot + 1 & mask;
            }
            slots[2 * slot] = h;
            slots[2 * slot + 1] = k;
            k++;
        }
    }

    /** How many keys. */
    int size() {
        return keys.length;
    }

    /** The postings of key {@code prefix + s}, or {@code null}. */
    int[] get(char prefix, String s) {
        return find(prefix, s, -1, null);
    }

    /** The postings of key {@code prefix + s} with the letter at {@code skip} left out, or {@code null}. */
    int[] getDeletion(char prefix, String s, int skip) {
        return find(prefix, s, skip, null);
    }

    /** The postings of key {@code prefix + a + b}, or {@code null}. */
    int[] getJoined(char prefix, String a, String b) {
        return find(prefix, a, -1, b);
    }

    private int[] find(char prefix, String s, int skip, String then) {
        long h = hash(prefix, s, 0, s.length(), skip, then);
        int length = 1 + s.length() - (skip >= 0 ? 1 : 0) + (then == null ? 0 : then.length());
        for (int slot = (int) h & mask; ; slot = slot + 1 & mask) {
            long stored = slots[2 * slot];
            if (stored == 0) {
                return null;
            }
            if (stored == h) {
                int k = (int) slots[2 * slot + 1];
                if (matches(keys[k], length, prefix, s, skip, then)) {
                    return postings[k];
                }
            }
        }
    }

    private static boolean matches(String key, int length, char prefix, String s, int skip, String then) {
        if (key.length() != length || key.charAt(0) != prefix) {
            return false;
        }
        int p = 1;
        for (int i = 0; i < s.length(); i++) {
            if (i != skip && key.charAt(p++) != s.charAt(i)) {
                return false;
            }
        }
        return then == null || key.startsWith(then, p);
    }

    /**
     * A 64-bit hash code of {@code prefix} followed by the letters {@code from..to} of {@code s} less the one at
     * {@code skip}, then {@code then}; never 0. When {@code from} is 1 the prefix is {@code s}'s first letter.
     */
    private static long hash(char prefix, String s, int from, int to, int skip, String then) {
        long h = mix(0x9E3779B97F4A7C15L, prefix);
        for (int i = from; i < to; i++) {
            if (i != skip) {
                h = mix(h, s.charAt(i));
            }
        }
        if (then != null) {
            for (int i = 0; i < then.length(); i++) {
                h = mix(h, then.charAt(i));
            }
        }
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    private static long mix(long h, char c) {
        return (h ^ c) * 0x100000001B3L + (h >>> 29);
    }
}
