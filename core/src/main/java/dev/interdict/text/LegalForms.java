package dev.interdict.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Company legal forms (S.A. de C.V., S. de R.L., LLC, Ltd, GmbH, OOO, ...) as token sequences. They are all
 * equivalent to each other, say nothing about who the company is, and are never enough for a match: the
 * normaliser marks them {@link TokenKind#LEGAL_FORM} and the scorer does not weigh them.
 */
public final class LegalForms {

    /** Forms recognised at the end of a name, longest first when matched. Tokens are folded. */
    private static final String[] SUFFIXES = {
        "s a de c v", "sa de cv", "s a p i de c v", "sapi de cv", "s de r l de c v", "s de rl de cv",
        "s de r l", "s de rl", "s r l", "srl", "s a s", "sas", "s a c", "sac", "s a", "sa", "s l", "sl",
        "s c", "sc", "s en c", "ltda", "limitada", "cia ltda", "y cia", "y compania", "e hijos", "and co", "co ltd",
        "company limited", "company ltd", "co limited", "limited", "ltd", "llc", "l l c", "lllp", "llp", "l p", "lp",
        "plc", "p l c", "inc", "incorporated", "corp", "corporation", "co", "company", "gmbh", "g m b h", "ag",
        "kg", "gmbh co kg", "ohg", "mbh", "e v", "ev", "b v", "bv", "n v", "nv", "s p a", "spa", "s r o", "sro",
        "a s", "as", "oy", "oyj", "ab", "a b", "aps", "asa", "kft", "zrt", "d o o", "doo", "d d", "sp z o o",
        "spzoo", "sarl", "s a r l", "sprl", "eurl", "sas u", "sasu", "eirl", "fze", "fzco", "fzc", "fz llc",
        "dmcc", "pte ltd", "pte", "pvt ltd", "pvt", "private limited", "pty ltd", "pty", "sdn bhd", "bhd",
        "tbk", "jsc", "ojsc", "cjsc", "pjsc", "ooo", "zao", "oao", "pao", "tov", "gie",
        "s de s s", "sociedad anonima", "sociedad anonima de capital variable",
        "sociedad de responsabilidad limitada", "sociedad civil", "ltd co"
    };

    /** Forms recognised at the start of a name. */
    private static final String[] PREFIXES = {
        "ooo", "zao", "oao", "pao", "ao", "jsc", "ojsc", "cjsc", "pjsc", "tov", "pt",
        "limited liability company", "joint stock company", "closed joint stock company",
        "open joint stock company", "public joint stock company"
    };

    private static final List<String[]> SUFFIX_TOKENS = split(SUFFIXES);
    private static final List<String[]> PREFIX_TOKENS = split(PREFIXES);
    private static final List<String[]> ALL_TOKENS = new ArrayList<>(SUFFIX_TOKENS);

    static {
        ALL_TOKENS.addAll(PREFIX_TOKENS);
    }

    private LegalForms() {
    }

    private static List<String[]> split(String[] forms) {
        List<String[]> out = new ArrayList<>();
        for (String f : forms) {
            out.add(f.split(" "));
        }
        out.sort((a, b) -> Integer.compare(b.length, a.length));
        return out;
    }

    /**
     * How many tokens at the end of {@code tokens[0..end)} form a legal form; 0 when none. Never claims every
     * token: a name that is only a legal form keeps its first token.
     */
    public static int suffixLength(List<String> tokens, int end) {
        for (String[] form : SUFFIX_TOKENS) {
            int n = form.length;
            if (n >= end) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                ok = tokens.get(end - n + i).equals(form[i]);
            }
            if (ok) {
                return n;
            }
        }
        return 0;
    }

    /** How many tokens at the start of {@code tokens[start..)} form a legal form; 0 when none. */
    public static int prefixLength(List<String> tokens, int start) {
        for (String[] form : PREFIX_TOKENS) {
            int n = form.length;
            if (start + n >= tokens.size()) {
                continue;
            }
            boolean ok = true;
            for (int i = 0; i < n && ok; i++) {
                ok = tokens.get(start + i).equals(form[i]);
            }
            if (ok) {
                return n;
            }
        }
        return 0;
    }

    /** True when every token of the folded text is part of some legal form (e.g. "S.A. de C.V.", "LLC"). */
    public static boolean isOnlyLegalForm(List<String> tokens) {
        if (tokens.isEmpty()) {
            return false;
        }
        for (String[] form : ALL_TOKENS) {
            if (form.length == tokens.size()) {
                boolean ok = true;
                for (int i = 0; i < form.length && ok; i++) {
                    ok = tokens.get(i).equals(form[i]);
                }
                if (ok) {
                    return true;
                }
            }
        }
        return false;
    }
}
