package dev.interdict.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The normalisation pipeline every name goes through, list names and queries alike:
 * <ol>
 *   <li>quoted nicknames ({@code 'El Mencho'}, {@code "Chapo"}) are taken out as names of their own;</li>
 *   <li>"LAST, First" is turned into "First LAST" (unless the part after the comma is a legal form);</li>
 *   <li>non-Latin scripts are transliterated ({@link Transliteration});</li>
 *   <li>case, accents, punctuation folded ({@link Folding});</li>
 *   <li>Arabic name elements put in one form: Abdul / Abdel / Abd al → {@code abd}, fused {@code Abdulrahman} →
 *       {@code abd rahman};</li>
 *   <li>legal forms at the start or end of a non-person name marked ({@link LegalForms}); particles (de, del, la,
 *       y, al, bin) and stopwords marked ({@link Particles}).</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class NameNormalizer {

    private static final Pattern QUOTED = Pattern.compile(
            "(?:^|(?<=[\\s(,;]))[\"'\u2018\u201c\u00ab]([^\"'\u2019\u201d\u00bb]{2,})[\"'\u2019\u201d\u00bb](?=$|[\\s),;.])");
    private static final String[] ABD_PREFIXES = {"abdul", "abdel", "abdal", "abdol", "abdil", "abdur", "abdar", "abdus", "abdes"};

    private NameNormalizer() {
    }

    /** Normalises a name of unknown kind. */
    public static NormalizedName normalize(String name) {
        return normalize(name, false);
    }

    /**
     * Normalises a name.
     *
     * @param name     the name as written
     * @param isPerson true when the name is known to be a person's: legal forms are then not looked for
     */
    public static NormalizedName normalize(String name, boolean isPerson) {
        List<NormalizedName> nicknames = new ArrayList<>();
        String rest = name;
        // without a quotation mark the pattern cannot match
        Matcher m = QUOTED.matcher(hasQuote(name) ? name : "");
        StringBuilder stripped = new StringBuilder();
        int last = 0;
        while (m.find()) {
            NormalizedName nick = normalizeMain(m.group(1), m.group(1), isPerson);
            if (!nick.isEmpty()) {
                nicknames.add(nick);
            }
            stripped.append(name, last, m.start()).append(' ');
            last = m.end();
        }
        if (last > 0) {
            stripped.append(name.substring(last));
            rest = stripped.toString();
        }
        NormalizedName main = normalizeMain(name, rest, isPerson);
        if (main.isEmpty() && !nicknames.isEmpty()) {
            // the whole name was quoted
            return new NormalizedName(name, nicknames.get(0).tokens(), nicknames.subList(1, nicknames.size()),
                    nicknames.get(0).surnameStart());
        }
        return new NormalizedName(name, main.tokens(), nicknames, main.surnameStart());
    }

    /** Whether {@code s} has a character that may open a quoted nickname ({@link #QUOTED} needs one). */
    private static boolean hasQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            switch (s.charAt(i)) {
                case '"', '\'', '\u2018', '\u201c', '\u00ab' -> {
                    return true;
                }
                default -> {
                }
            }
        }
        return false;
    }

    private static NormalizedName normalizeMain(String original, String text, boolean isPerson) {
        String reordered = reorder(text);
        int surnameStart = -1;
        if (!reordered.equals(text) && isPerson) {
            // "SURNAMES, Given": the given names now come first; count their tokens to know where surnames start
            surnameStart = rawTokens(text.substring(text.indexOf(',') + 1)).size();
        }
        List<String> raw = rawTokens(reordered);
        TokenKind[] kinds = new TokenKind[raw.size()];
        java.util.Arrays.fill(kinds, TokenKind.NAME);
        int end = raw.size();
        int start = 0;
        if (!isPerson && LegalForms.isOnlyLegalForm(raw)) {
            java.util.Arrays.fill(kinds, TokenKind.LEGAL_FORM);
            start = end; // nothing identifying: "S.A. de C.V." alone never matches
        }
        if (!isPerson && start < end) {
            // legal forms: repeated suffixes ("CO., LTD."), one prefix ("OOO")
            int n;
            while (end - start > 1 && (n = LegalForms.suffixLength(raw, end)) > 0 && end - n > start) {
                for (int i = end - n; i < end; i++) {
                    kinds[i] = TokenKind.LEGAL_FORM;
                }
                end -= n;
            }
            n = LegalForms.prefixLength(raw, start);
            if (n > 0 && start + n < end) {
                for (int i = start; i < start + n; i++) {
                    kinds[i] = TokenKind.LEGAL_FORM;
                }
            }
        }
        int names = 0;
        for (int i = 0; i < raw.size(); i++) {
            if (kinds[i] != TokenKind.NAME) {
                continue;
            }
            String t = raw.get(i);
            boolean inner = i > 0 && i < raw.size() - 1;
            if (Particles.isParticle(t) && (t.length() > 1 || inner)) {
                kinds[i] = TokenKind.PARTICLE;
            } else if (Particles.isStopword(t) && !isPerson) {
                kinds[i] = TokenKind.STOPWORD;
            } else {
                names++;
            }
        }
        names -= notNameParts(raw, kinds, names, isPerson);
        if (surnameStart > 0 && surnameStart < raw.size()) {
            // "SURNAMES, Given": given names or surnames made only of particles are names (XU, Bin; BEN, Ali)
            names += particlesAsNames(kinds, 0, surnameStart) + particlesAsNames(kinds, surnameStart, raw.size());
        }
        if (names == 0) {
            // a name made only of particles ("LA", "DE LA O"): they are the name
            for (int i = 0; i < raw.size(); i++) {
                if (kinds[i] == TokenKind.PARTICLE || kinds[i] == TokenKind.STOPWORD) {
                    kinds[i] = TokenKind.NAME;
                }
            }
        } else if (isPerson && kinds[raw.size() - 1] == TokenKind.PARTICLE) {
            // a particle joins the name after it: a person's last word is a name (Son San, Marco Di)
            kinds[raw.size() - 1] = TokenKind.NAME;
        }
        java.util.Set<String> romanised = java.util.Set.of();
        if (Transliteration.needsTransliteration(reordered)) {
            // the tokens that come from words in another script (a name may mix scripts: "किशोर Al-Muhammad")
            romanised = new java.util.HashSet<>();
            for (String word : reordered.split("\\s+")) {
                // a listed Arabic-script name word is spelled as lists spell it: no uncertain vowels to relax for
                if (Transliteration.needsTransliteration(word) && ArabicNames.latin(word) == null) {
                    romanised.addAll(rawTokens(word));
                }
            }
        }
        boolean[] joined = joinedTokens(reordered, raw);
        List<NameToken> tokens = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            tokens.add(NameToken.of(raw.get(i), kinds[i], romanised.contains(raw.get(i)), joined[i]));
        }
        return new NormalizedName(original, tokens, List.of(), surnameStart);
    }

    /**
     * Marks as {@link TokenKind#STOPWORD} the words around a name that are not parts of it, when two names remain:
     * forms of address that open it ("Mr John Smith", "Lic. Juan Pérez"), generational suffixes and post-nominals
     * after its first word, wherever the name's order put them ("John Smith Jr.", "SMITH JR., John", "Smith Jr.
     * John"), and, in a person's name, numbers ("John Smith 1957"). Returns how many names were marked.
     */
    private static int notNameParts(List<String> raw, TokenKind[] kinds, int names, boolean isPerson) {
        boolean[] drop = new boolean[raw.size()];
        int n = 0;
        for (int i = 0; i < raw.size() && kinds[i] == TokenKind.NAME && Particles.isHonorific(raw.get(i)); i++) {
            drop[i] = true;
            n++;
        }
        for (int i = 1; i < raw.size(); i++) {
            if (kinds[i] == TokenKind.NAME && !drop[i]
                    && (Particles.isSuffix(raw.get(i)) || isPerson && isNumber(raw.get(i)))) {
                drop[i] = true;
                n++;
            }
        }
        if (n == 0 || names - n < 2) {
            return 0;
        }
        for (int i = 0; i < raw.size(); i++) {
            if (drop[i]) {
                kinds[i] = TokenKind.STOPWORD;
            }
        }
        return n;
    }

    private static boolean isSuffixOnly(String text) {
        String[] words = Folding.fold(text).strip().split(" ");
        for (String w : words) {
            if (!Particles.isSuffix(w)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return !t.isEmpty();
    }

    /** Turns the particles of {@code kinds[from, to)} into names when all of them are particles; how many. */
    private static int particlesAsNames(TokenKind[] kinds, int from, int to) {
        for (int i = from; i < to; i++) {
            if (kinds[i] != TokenKind.PARTICLE) {
                return 0;
            }
        }
        for (int i = from; i < to; i++) {
            kinds[i] = TokenKind.NAME;
        }
        return to - from;
    }

    /**
     * Which tokens continue the word written before them (hyphenated or fused parts: Il-Nam, Husam-al-Din,
     * Abdulali = abd ali). Tokenised word by word; when that does not give the same tokens as the whole name
     * (Abd Allah merged across words), no token is marked.
     */
    private static boolean[] joinedTokens(String text, List<String> raw) {
        boolean[] joined = new boolean[raw.size()];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
                count++;
            }
        }
        if (count >= raw.size()) {
            return joined; // one token per written word at most: nothing is joined
        }
        int k = 0;
        for (String word : text.strip().split("\\s+")) {
            List<String> parts = rawTokens(word);
            int family = koreanFamilyTokens(word);
            for (int p = 0; p < parts.size(); p++) {
                if (k >= raw.size() || !raw.get(k).equals(parts.get(p))) {
                    return new boolean[raw.size()];
                }
                joined[k++] = p > 0 && p != family;
            }
        }
        return k == raw.size() ? joined : new boolean[raw.size()];
    }

    /**
     * How many tokens the family name of a Korean name written as one word (김정은) gives, 0 for other words: the
     * given name after it (Jong-Un) is a word of its own, only its syllables are joined.
     */
    private static int koreanFamilyTokens(String word) {
        if (!Hangul.has(word)) {
            return 0;
        }
        String latin = Hangul.romanise(word);
        int space = latin == null ? -1 : latin.indexOf(' ');
        return space < 0 ? 0 : rawTokens(latin.substring(0, space)).size();
    }

    /** Hal-Dajani, Hel-Sayed: the Arabic article with a silent h written by a Spanish speaker. */
    private static final Pattern H_ARTICLE = Pattern.compile(
            "(?i)(?<![\\p{L}'\u2018\u2019])h([ae]l)-(?=['\u2018\u2019\u02bf\u02be`]?\\p{L})");

    private static List<String> rawTokens(String text) {
        // the article needs a hyphen: without one the pattern cannot match
        String article = text.indexOf('-') < 0 ? text : H_ARTICLE.matcher(text).replaceAll("$1-");
        String folded = Folding.fold(Transliteration.toLatin(article));
        List<String> raw = new ArrayList<>();
        for (String t : folded.split(" ")) {
            if (!t.isEmpty()) {
                canonicalArabic(t, raw);
                int n = raw.size();
                // Abdel Lah, Abd Allah, Abdul Lah: Abdullah written in two words
                if (n >= 2 && raw.get(n - 2).equals("abd") && ALLAH.contains(raw.get(n - 1))) {
                    raw.remove(n - 1);
                    raw.set(n - 2, "abdullah");
                }
            }
        }
        return raw;
    }

    /**
     * "GUZMAN LOERA, Joaquin" → "Joaquin GUZMAN LOERA", and OFAC's "LAVILLA, Ruben Pestano, Jr." → "Ruben Pestano
     * Jr. LAVILLA"; left alone when the tail is a legal form or absent.
     */
    static String reorder(String s) {
        int last = s.lastIndexOf(',');
        if (last > 0 && s.indexOf(',') < last && isSuffixOnly(s.substring(last + 1))) {
            s = s.substring(0, last) + " " + s.substring(last + 1).strip(); // "LAST, First, Jr."
        }
        int comma = s.indexOf(',');
        if (comma <= 0 || s.indexOf(',', comma + 1) >= 0) {
            return s;
        }
        String head = s.substring(0, comma).strip();
        String tail = s.substring(comma + 1).strip();
        if (head.isEmpty() || tail.isEmpty()) {
            return s;
        }
        List<String> tailTokens = new ArrayList<>();
        for (String t : Folding.fold(tail).split(" ")) {
            if (!t.isEmpty()) {
                tailTokens.add(t);
            }
        }
        if (tailTokens.isEmpty() || LegalForms.isOnlyLegalForm(tailTokens)
                || LegalForms.suffixLength(tailTokens, tailTokens.size()) > 0 && tailTokens.size() <= 2) {
            return s;
        }
        return tail + " " + head;
    }

    /** Written forms of Abdullah, longest first (a longer one may start with a shorter one). */
    private static final String[] ABDULLAH_FORMS = {"abdullah", "abdallah", "abdellah", "abdulla", "abdalla"};
    private static final java.util.Set<String> ALLAH = java.util.Set.of("lah", "llah", "allah", "ullah", "ulla",
            "alla", "ellah");
    /** Abbreviations of Muhammad (Malaysian, Indonesian, South Asian usage). */
    private static final java.util.Set<String> MUHAMMAD_SHORT = java.util.Set.of("mohd", "muhd", "mhd", "mohmd",
            "mohamd", "muhamd");

    /** Written forms of Abdullah, which a token may be or be one typo from ({@link #abdullahForm}). */
    private static final String[] ABDULLAH_TYPO_FORMS = {"abdullah", "abdallah", "abdollah", "abdellah", "abdulla",
        "abdalla"};

    /**
     * Whether {@code t} (7 to 9 letters: Abdull is a typo of Abdul) is a written form of Abdullah or one edit (a
     * typo or two letters swapped) from one, and not that form with more letters after it (Abdullahi) nor Abd
     * al-Ilah (Abdelilah), which is another name.
     */
    private static boolean abdullahForm(String t) {
        if (t.length() < 7 || t.length() > 9 || !t.startsWith("ab") || t.contains("ilah")) {
            return false;
        }
        for (String f : ABDULLAH_TYPO_FORMS) {
            if (t.startsWith(f) && t.length() > f.length()) {
                return false;
            }
        }
        for (String f : ABDULLAH_TYPO_FORMS) {
            if (StringDistance.osa(t, f, 1) <= 1) {
                return true;
            }
        }
        return false;
    }

    private static void canonicalArabic(String t, List<String> out) {
        if (MUHAMMAD_SHORT.contains(t)) {
            out.add("muhammad");
            return;
        }
        if (t.startsWith("habd") && t.length() >= 6) {
            t = t.substring(1); // Habdul: a silent h written by a Spanish speaker
        }
        if (t.startsWith("avd") && t.length() >= 5) {
            t = "abd" + t.substring(3); // Avdul: b/v written by a Spanish speaker
        }
        if (abdullahForm(t)) {
            out.add("abdullah"); // Abdallah, Abdulah, Abdollah; Abdollha, Abdullsh, Abdallh with one typo
            return;
        }
        for (String f : ABDULLAH_FORMS) {
            // Abdallahasid, Abdullahyahya: Abdullah fused with the next given name
            if (t.startsWith(f) && t.length() >= f.length() + 4) {
                out.add("abdullah");
                canonicalArabic(t.substring(f.length()), out);
                return;
            }
        }
        for (String p : ABD_PREFIXES) {
            // Hafizabdul, Sayyedabdoljavad: a given name fused with the Abdul that follows it
            int at = t.indexOf(p, 3);
            if (at >= 3 && (t.length() == at + p.length() || t.length() >= at + p.length() + 3)) {
                out.add(t.substring(0, at));
                canonicalArabic(t.substring(at), out);
                return;
            }
        }
        for (String p : ABD_PREFIXES) {
            if (t.equals(p)) {
                out.add("abd");
                return;
            }
            if (t.startsWith(p) && t.length() >= p.length() + 3) {
                out.add("abd");
                String rest = t.substring(p.length());
                if (p.endsWith("r") || p.endsWith("s")) {
                    rest = p.charAt(p.length() - 1) + rest; // abdur-rahman / abdurrahman: the r belongs to rahman
                    if (rest.length() > 1 && rest.charAt(0) == rest.charAt(1)) {
                        rest = rest.substring(1);
                    }
                }
                out.add(rest);
                return;
            }
        }
        if (t.equals("abou") || t.equals("abo")) {
            out.add("abu");
            return;
        }
        out.add(allahSuffix(t));
    }

    /**
     * A name ending in Allah, written with whichever vowel joins it (Nasrallah, Hezbollah, Fazlullah), in the one
     * form "-ullah" (nasrullah, hezbullah, fazlullah), the commonest in lists; the part before it must have two
     * letters or more (not Mullah).
     */
    static String allahSuffix(String t) {
        int n = t.length();
        if (n >= 7 && t.endsWith("llah") && (t.charAt(n - 5) == 'a' || t.charAt(n - 5) == 'o'
                || t.charAt(n - 5) == 'e')) {
            return t.substring(0, n - 5) + "ullah";
        }
        return t;
    }
}
