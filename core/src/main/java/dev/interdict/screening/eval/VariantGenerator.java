package dev.interdict.screening.eval;

import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.model.NameKind;
import dev.interdict.model.Schema;
import dev.interdict.text.Folding;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generator of realistic spelling variants of listed persons' names, for measuring recall.
 *
 * <p>For every listed person (schema PERSON) the generator takes the primary name (or the first strong alias
 * written in Latin letters), reads it as given names and surnames ("LAST1 LAST2, Given1 Given2"; a name without a
 * comma is read as given names followed by one surname) and writes it the way a bank customer file would: given
 * names first, in title case. It then makes at most one variant per {@link Category} that applies to that name.
 * Randomness comes from a {@link Random} seeded with the generator seed, the entity id and the category, so one
 * entity's variants do not depend on which other entities are generated, nor on their order.
 *
 * <p>{@link #half(String)} splits entities (not variants) into a tuning and a held-back half by a stable hash of
 * the entity id, so the same person is never in both.
 */
public final class VariantGenerator {

    /** The variant categories of the evaluation (issue 3). */
    public enum Category {
        /** One typo: a letter replaced by a keyboard neighbour, dropped, doubled, or two letters swapped. */
        TYPO,
        /** Spanish phonetic spelling: b/v, s/z/c, ll/y, j/g, silent h. */
        SPANISH_PHONETIC,
        /** Accents added (Jose to José) or removed. */
        ACCENTS,
        /** Only the first of two surnames. */
        FIRST_SURNAME_ONLY,
        /** The two surnames joined by a hyphen. */
        HYPHENATED_SURNAMES,
        /** A given name written as its initial. */
        INITIALS,
        /** A given name replaced by a common diminutive (Francisco to Paco, José to Pepe, ...). */
        DIMINUTIVE,
        /** Surname first, with or without a comma ("LAST, First"), or given names swapped. */
        WORD_ORDER,
        /** Another romanisation of an Arabic name element (Mohammed/Muhammad, Abdul/Abd al, Al-/El-, bin/ibn). */
        ARABIC_ROMANISATION,
        /** Two tokens fused (Abd al Rahman to Abdalrahman, Bin Laden to Binladen) or a fused one split. */
        FUSED_SPLIT,
        /** A middle given name (or patronymic) dropped. */
        DROPPED_MIDDLE,
        /** Two of the above together. */
        COMBINED,
        /**
         * Words a customer record or payment field adds around the listed name: a form of address before it (Mr,
         * Mrs, Dr, Sr., Lic.), a generational suffix after it (Jr., III) or a middle given name the list does not
         * record. Last, so the other categories draw the same random numbers as before it was added.
         */
        RECORD_FORM
    }

    /** Which half of the evaluation an entity belongs to. */
    public enum Half {
        /** The half the matcher was tuned on. */
        TUNING,
        /** The half reported on, never tuned on. */
        HELD_BACK
    }

    /**
     * One generated variant.
     *
     * @param entityId   the listed entity it should find
     * @param category   how it was made
     * @param listedName the listed name it was made from
     * @param query      the variant as a bank would write it
     * @param half       tuning or held-back half (by entity)
     */
    public record Variant(String entityId, Category category, String listedName, String query, Half half) {
    }

    /** The half of an entity: a stable 64-bit FNV-1a hash of its id, even to tuning, odd to held-back. */
    public static Half half(String entityId) {
        return (fnv(entityId) & 1) == 0 ? Half.TUNING : Half.HELD_BACK;
    }

    static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h ^ (h >>> 29);
    }

    private final long seed;

    public VariantGenerator(long seed) {
        this.seed = seed;
    }

    /** Variants of every listed person in {@code entities}, in entity order then category order. */
    public List<Variant> generate(List<Entity> entities) {
        List<Variant> out = new ArrayList<>();
        for (Entity e : entities) {
            out.addAll(generate(e));
        }
        return out;
    }

    /** The variants of one entity (none when it is not a person or has no usable Latin name). */
    public List<Variant> generate(Entity e) {
        if (e.schema() != Schema.PERSON) {
            return List.of();
        }
        String source = sourceName(e);
        if (source == null) {
            return List.of();
        }
        Parts base = Parts.parse(source);
        if (base == null) {
            return List.of();
        }
        List<Variant> out = new ArrayList<>();
        Half h = half(e.id());
        for (Category c : Category.values()) {
            Random r = new Random(seed * 31 + fnv(e.id()) * 17 + c.ordinal());
            Parts p = base.copy();
            boolean ok;
            if (c == Category.COMBINED) {
                ok = combine(p, r);
            } else {
                ok = apply(c, p, r);
            }
            if (ok) {
                String q = p.render();
                if (!q.isBlank() && !Folding.fold(q).equals(Folding.fold(base.render()))
                        || ok && c == Category.ACCENTS || ok && c == Category.WORD_ORDER
                        || ok && c == Category.HYPHENATED_SURNAMES && !q.equals(base.render())) {
                    out.add(new Variant(e.id(), c, source, q, h));
                }
            }
        }
        return out;
    }

    /** The name variants are made from: the primary name when Latin, else the first Latin strong alias. */
    static String sourceName(Entity e) {
        for (Name n : e.names()) {
            if ((n.kind() == NameKind.PRIMARY || n.kind() == NameKind.STRONG_ALIAS) && isLatin(n.value())
                    && !n.value().contains("\"")) {
                return n.value();
            }
        }
        return null;
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && c >= 0x250) {
                return false;
            }
        }
        return true;
    }

    private static final String[] ADDRESS = {"Mr", "Mrs", "Ms", "Dr.", "Sr.", "Sra.", "Lic.", "Mr."};
    private static final String[] SUFFIX = {"Jr.", "Jr", "Sr.", "II", "III"};
    /** Middle names a record may add, common in the populations the lists name. */
    private static final String[] MIDDLE = {"Maria", "Jose", "Luis", "Ana", "Ali", "Ahmed", "John", "Antonio",
        "Carmen", "Miguel", "Fatima", "Hassan", "Elena", "Omar", "Juan", "Rosa"};

    private static boolean recordForm(Parts p, Random r) {
        if (p.given.isEmpty() || p.sur.isEmpty()) {
            return false;
        }
        switch (r.nextInt(3)) {
            case 0 -> p.prefix = ADDRESS[r.nextInt(ADDRESS.length)];
            case 1 -> p.suffix = SUFFIX[r.nextInt(SUFFIX.length)];
            default -> {
                String m = MIDDLE[r.nextInt(MIDDLE.length)];
                if (p.given.stream().anyMatch(g -> g.equalsIgnoreCase(m))) {
                    return false;
                }
                p.given.add(1, m);
            }
        }
        return true;
    }

    private static boolean combine(Parts p, Random r) {
        List<Category> cats = new ArrayList<>(EnumSet.range(Category.TYPO, Category.DROPPED_MIDDLE));
        java.util.Collections.shuffle(cats, r);
        int done = 0;
        Set<Category> used = EnumSet.noneOf(Category.class);
        for (Category c : cats) {
            if (done == 2) {
                break;
            }
            if (c == Category.FIRST_SURNAME_ONLY && used.contains(Category.HYPHENATED_SURNAMES)
                    || c == Category.HYPHENATED_SURNAMES && used.contains(Category.FIRST_SURNAME_ONLY)
                    || c == Category.INITIALS && used.contains(Category.DROPPED_MIDDLE)
                    || c == Category.DROPPED_MIDDLE && used.contains(Category.INITIALS)
                    || c == Category.INITIALS && used.contains(Category.DIMINUTIVE)
                    || c == Category.DIMINUTIVE && used.contains(Category.INITIALS)) {
                continue;
            }
            Parts before = p.copy();
            if (apply(c, p, r)) {
                done++;
                used.add(c);
            } else {
                p.set(before);
            }
        }
        return done == 2;
    }

    static boolean apply(Category c, Parts p, Random r) {
        return switch (c) {
            case TYPO -> typo(p, r);
            case SPANISH_PHONETIC -> spanish(p, r);
            case ACCENTS -> accents(p, r);
            case FIRST_SURNAME_ONLY -> {
                if (p.sur.size() < 2 || Particles.contains(p.sur.get(0).toLowerCase(Locale.ROOT))) {
                    yield false;
                }
                p.sur = new ArrayList<>(p.sur.subList(0, 1));
                yield true;
            }
            case HYPHENATED_SURNAMES -> hyphenated(p, r);
            case INITIALS -> {
                if (p.given.isEmpty()) {
                    yield false;
                }
                int i = p.given.size() >= 2 ? 1 + r.nextInt(p.given.size() - 1) : 0;
                String g = p.given.get(i);
                if (g.length() < 2) {
                    yield false;
                }
                p.given.set(i, g.substring(0, 1).toUpperCase(Locale.ROOT) + ".");
                yield true;
            }
            case DIMINUTIVE -> diminutive(p, r);
            case WORD_ORDER -> {
                if (p.given.isEmpty() || p.sur.isEmpty()) {
                    yield false;
                }
                int k = r.nextInt(3);
                if (k == 2 && p.given.size() >= 2) {
                    java.util.Collections.swap(p.given, 0, 1);
                } else {
                    p.order = k == 0 ? Order.LAST_COMMA_FIRST : Order.LAST_FIRST;
                }
                yield true;
            }
            case ARABIC_ROMANISATION -> arabic(p, r);
            case FUSED_SPLIT -> fusedSplit(p, r);
            case RECORD_FORM -> recordForm(p, r);
            case DROPPED_MIDDLE -> {
                if (p.given.size() < 2) {
                    yield false;
                }
                p.given.remove(1 + r.nextInt(p.given.size() - 1));
                yield true;
            }
            case COMBINED -> combine(p, r);
        };
    }

    // ---- hyphenated surnames

    /**
     * Two surnames joined by a hyphen (GARCIA LOPEZ to Garcia-Lopez) or fused (Garcialopez); a hyphenated surname
     * split (GARCIA-LOPEZ to Garcia Lopez) or fused (Garcialopez).
     */
    private static boolean hyphenated(Parts p, Random r) {
        for (int k = 0; k < p.sur.size(); k++) {
            String t = p.sur.get(k);
            int dash = t.indexOf('-');
            if (dash > 1 && dash < t.length() - 2 && t.indexOf('-', dash + 1) < 0) {
                String a = t.substring(0, dash);
                String b = t.substring(dash + 1);
                p.sur.set(k, r.nextInt(3) < 2 ? a + " " + b : a + b.toLowerCase(Locale.ROOT));
                return true;
            }
        }
        if (p.sur.size() != 2 || Particles.contains(p.sur.get(0).toLowerCase(Locale.ROOT))
                || Particles.contains(p.sur.get(1).toLowerCase(Locale.ROOT))) {
            return false;
        }
        String joined = r.nextInt(3) < 2 ? p.sur.get(0) + "-" + p.sur.get(1)
                : p.sur.get(0) + p.sur.get(1).toLowerCase(Locale.ROOT);
        p.sur = new ArrayList<>(List.of(joined));
        return true;
    }

    // ---- typos

    private static final String[] KEYBOARD = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private static char neighbour(char c, Random r) {
        char lc = Character.toLowerCase(c);
        for (String row : KEYBOARD) {
            int i = row.indexOf(lc);
            if (i >= 0) {
                int j = i == 0 ? 1 : i == row.length() - 1 ? i - 1 : (r.nextBoolean() ? i - 1 : i + 1);
                char n = row.charAt(j);
                return Character.isUpperCase(c) ? Character.toUpperCase(n) : n;
            }
        }
        return c;
    }

    private static boolean typo(Parts p, Random r) {
        int[] idx = p.tokenIndexes(t -> t.length() >= 4 && t.chars().allMatch(Character::isLetter));
        if (idx.length == 0) {
            return false;
        }
        int k = idx[r.nextInt(idx.length)];
        String t = p.get(k);
        // keep the first letter: typos at the very start are rare in practice and break most indexes
        int pos = 1 + r.nextInt(t.length() - 1);
        StringBuilder b = new StringBuilder(t);
        switch (r.nextInt(4)) {
            case 0 -> b.setCharAt(pos, neighbour(t.charAt(pos), r));
            case 1 -> b.deleteCharAt(pos);
            case 2 -> b.insert(pos, t.charAt(pos));
            default -> {
                if (pos == t.length() - 1) {
                    pos--;
                }
                if (pos < 1) {
                    b.setCharAt(1, neighbour(t.charAt(1), r));
                } else {
                    char a = b.charAt(pos);
                    b.setCharAt(pos, b.charAt(pos + 1));
                    b.setCharAt(pos + 1, a);
                }
            }
        }
        if (b.toString().equalsIgnoreCase(t)) {
            b.setCharAt(pos, neighbour(t.charAt(pos), r));
        }
        p.set(k, b.toString());
        return !b.toString().equalsIgnoreCase(t);
    }

    // ---- Spanish phonetic spellings

    private static final String[][] SPANISH = {
        {"b", "v"}, {"v", "b"}, {"z", "s"}, {"s", "z"}, {"ce", "se"}, {"ci", "si"}, {"se", "ce"}, {"si", "ci"},
        {"ll", "y"}, {"y", "ll"}, {"ge", "je"}, {"gi", "ji"}, {"je", "ge"}, {"ji", "gi"}, {"h", ""},
        {"qu", "k"}, {"x", "j"},
    };

    private static boolean spanish(Parts p, Random r) {
        List<int[]> options = new ArrayList<>(); // token, rule, position
        for (int k = 0; k < p.size(); k++) {
            String t = p.get(k).toLowerCase(Locale.ROOT);
            if (t.length() < 3) {
                continue;
            }
            for (int rule = 0; rule < SPANISH.length; rule++) {
                String from = SPANISH[rule][0];
                for (int pos = t.indexOf(from); pos >= 0; pos = t.indexOf(from, pos + 1)) {
                    if (from.equals("h") && pos > 0 && "cspt".indexOf(t.charAt(pos - 1)) >= 0) {
                        continue; // ch, sh, ph, th are not a silent h
                    }
                    if (from.equals("y") && (pos == t.length() - 1 || pos == 0 || !isVowel(t.charAt(pos - 1))
                            || !isVowel(t.charAt(pos + 1)))) {
                        continue; // only a consonant y between vowels sounds like ll (Reyes / Relles)
                    }
                    if ((from.equals("s") || from.equals("z")) && pos + 1 < t.length() && t.charAt(pos + 1) == 'h') {
                        continue; // sh, zh are other sounds
                    }
                    if (from.equals("x") && pos != 0 && !t.startsWith("mex", pos - 2)) {
                        continue;
                    }
                    options.add(new int[] {k, rule, pos});
                }
            }
            if (isVowel(t.charAt(0)) && t.length() >= 4) {
                options.add(new int[] {k, -1, 0}); // add a silent h
            }
        }
        if (options.isEmpty()) {
            return false;
        }
        int[] o = options.get(r.nextInt(options.size()));
        String t = p.get(o[0]);
        String out;
        if (o[1] < 0) {
            out = "H" + Character.toLowerCase(t.charAt(0)) + t.substring(1);
            if (Character.isLowerCase(t.charAt(0))) {
                out = "h" + t;
            }
        } else {
            String from = SPANISH[o[1]][0];
            String to = SPANISH[o[1]][1];
            String low = t.substring(0, o[2]) + to + t.substring(o[2] + from.length());
            out = o[2] == 0 && !low.isEmpty() ? Character.toUpperCase(low.charAt(0)) + low.substring(1).toLowerCase(Locale.ROOT)
                    : low;
        }
        p.set(o[0], out);
        return true;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(Character.toLowerCase(c)) >= 0;
    }

    // ---- accents

    private static final String PLAIN = "aeiouncAEIOUNC";
    private static final String ACCENTED = "áéíóúñçÁÉÍÓÚÑÇ";

    private static boolean accents(Parts p, Random r) {
        boolean hasAccent = false;
        for (int k = 0; k < p.size(); k++) {
            if (!Folding.fold(p.get(k)).equals(p.get(k).toLowerCase(Locale.ROOT).replace("-", " "))) {
                hasAccent = true;
            }
        }
        if (hasAccent) {
            for (int k = 0; k < p.size(); k++) {
                p.set(k, strip(p.get(k)));
            }
            return true;
        }
        int changes = 1 + r.nextInt(2);
        int done = 0;
        for (int attempt = 0; attempt < 20 && done < changes; attempt++) {
            int k = r.nextInt(p.size());
            String t = p.get(k);
            if (t.length() < 3) {
                continue;
            }
            int pos = r.nextInt(t.length());
            int i = PLAIN.indexOf(t.charAt(pos));
            if (i < 0) {
                continue;
            }
            p.set(k, t.substring(0, pos) + ACCENTED.charAt(i) + t.substring(pos + 1));
            done++;
        }
        return done > 0;
    }

    private static String strip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int j = ACCENTED.indexOf(s.charAt(i));
            b.append(j >= 0 ? PLAIN.charAt(j) : s.charAt(i));
        }
        return b.toString();
    }

    // ---- diminutives: the common ones of Spanish, English and Russian given names

    static final Map<String, String[]> DIMINUTIVES = new HashMap<>();

    static {
        String[][] t = {
            {"francisco", "Paco", "Pancho", "Curro"}, {"jose", "Pepe", "Chepe"}, {"guadalupe", "Lupe", "Lupita"},
            {"jesus", "Chuy", "Chucho"}, {"ignacio", "Nacho"}, {"alberto", "Beto"}, {"roberto", "Beto"},
            {"eduardo", "Lalo"}, {"enrique", "Quique"}, {"manuel", "Manolo"}, {"alejandro", "Alex"},
            {"rafael", "Rafa"}, {"gonzalo", "Chalo"}, {"vicente", "Chente"}, {"rosario", "Chayo", "Charo"},
            {"concepcion", "Conchita", "Concha"}, {"dolores", "Lola"}, {"guillermo", "Memo"}, {"salvador", "Chava"},
            {"santiago", "Chago", "Santi"}, {"luis", "Lucho"}, {"jorge", "Coque"}, {"gregorio", "Goyo"},
            {"joaquin", "Quino"}, {"ramon", "Moncho"}, {"mercedes", "Meche"}, {"teresa", "Tere"},
            {"fernando", "Nando"}, {"antonio", "Toño", "Tony"}, {"heriberto", "Beto"}, {"rigoberto", "Rigo"},
            {"william", "Bill", "Will"}, {"robert", "Bob", "Rob"}, {"richard", "Rick"}, {"james", "Jim"},
            {"michael", "Mike"}, {"thomas", "Tom"}, {"joseph", "Joe"}, {"charles", "Charlie"}, {"edward", "Ed"},
            {"vladimir", "Volodya"}, {"aleksandr", "Sasha"}, {"alexander", "Sasha", "Alex"}, {"mikhail", "Misha"},
            {"dmitry", "Dima"}, {"dmitriy", "Dima"}, {"sergei", "Seryozha"}, {"sergey", "Seryozha"}, {"ivan", "Vanya"},
            {"nikolai", "Kolya"}, {"nikolay", "Kolya"}, {"pavel", "Pasha"}, {"yevgeny", "Zhenya"},
            {"yevgeniy", "Zhenya"}, {"konstantin", "Kostya"}, {"viktor", "Vitya"},
        };
        for (String[] row : t) {
            DIMINUTIVES.put(row[0], Arrays.copyOfRange(row, 1, row.length));
        }
    }

    private static boolean diminutive(Parts p, Random r) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < p.given.size(); i++) {
            if (DIMINUTIVES.containsKey(Folding.fold(p.given.get(i)).strip())) {
                idx.add(i);
            }
        }
        if (idx.isEmpty()) {
            return false;
        }
        int i = idx.get(r.nextInt(idx.size()));
        String[] d = DIMINUTIVES.get(Folding.fold(p.given.get(i)).strip());
        p.given.set(i, d[r.nextInt(d.length)]);
        return true;
    }

    // ---- Arabic romanisation

    private static final String[][] ARABIC = {
        {"mohammed", "muhammad", "mohamed", "mohammad", "muhammed", "mohamad", "mohd"},
        {"ahmed", "ahmad"}, {"hussein", "husayn", "hussain", "husain", "hosein", "husein"},
        {"hassan", "hasan"}, {"qasim", "kassem", "qassem", "kasim", "qassim"}, {"mahmoud", "mahmud", "mahmood"},
        {"khalid", "khaled"}, {"omar", "umar"}, {"osama", "usama"}, {"yousef", "yusuf", "youssef", "yousif"},
        {"abdullah", "abdallah", "abdulla"}, {"ali", "aly"}, {"said", "saeed", "sa'id"}, {"saleh", "salih"},
        {"mustafa", "mostafa"}, {"ibrahim", "ebrahim"}, {"ismail", "ismael", "esmail"}, {"jamal", "gamal"},
        {"hamid", "hamed"}, {"rashid", "rasheed"}, {"abu", "abou"}, {"nasser", "nasir", "naser"},
        {"abdel", "abdul", "abd al"}, {"abd", "abdul", "abdel"},
    };
    private static final Map<String, String[]> ARABIC_MAP = new HashMap<>();

    static {
        for (String[] row : ARABIC) {
            for (String s : row) {
                ARABIC_MAP.putIfAbsent(s, row);
            }
        }
    }

    private static boolean arabic(Parts p, Random r) {
        List<int[]> options = new ArrayList<>();
        for (int k = 0; k < p.size(); k++) {
            String low = p.get(k).toLowerCase(Locale.ROOT);
            if (ARABIC_MAP.containsKey(low)) {
                options.add(new int[] {k, 0});
            }
            if (low.startsWith("al-") || low.startsWith("el-")) {
                options.add(new int[] {k, 1});
            }
            if (low.equals("bin") || low.equals("ben") || low.equals("ibn")) {
                options.add(new int[] {k, 2});
            }
            if ((low.startsWith("abdul") || low.startsWith("abdel")) && low.length() >= 8
                    && !low.startsWith("abdulla") && !low.startsWith("abdella")) {
                options.add(new int[] {k, 3});
            }
        }
        if (options.isEmpty()) {
            return false;
        }
        int[] o = options.get(r.nextInt(options.size()));
        String t = p.get(o[0]);
        String low = t.toLowerCase(Locale.ROOT);
        String out;
        switch (o[1]) {
            case 0 -> {
                String[] row = ARABIC_MAP.get(low);
                String pick;
                do {
                    pick = row[r.nextInt(row.length)];
                } while (pick.equals(low) && row.length > 1);
                out = title(pick);
            }
            case 1 -> {
                String rest = t.substring(3);
                out = switch (r.nextInt(3)) {
                    case 0 -> (low.startsWith("al") ? "El-" : "Al-") + title(rest);
                    case 1 -> title(rest);
                    default -> (low.startsWith("al") ? "Al " : "El ") + title(rest);
                };
            }
            case 2 -> {
                String[] bins = {"bin", "ben", "ibn"};
                String pick;
                do {
                    pick = bins[r.nextInt(3)];
                } while (pick.equals(low));
                out = pick;
            }
            default -> {
                String rest = low.substring(5);
                out = (r.nextBoolean() ? "Abd al-" : "Abdel ") + title(rest);
            }
        }
        p.set(o[0], out);
        return true;
    }

    // ---- fused or split tokens

    private static final Set<String> FUSABLE = Set.of("al", "el", "bin", "ben", "ibn", "abu", "abd", "abdul",
            "abdel", "de", "del", "la", "mc", "van", "von", "da", "dos", "ul", "ud");
    private static final String[] SPLITTABLE = {"abdul", "abdel", "abdal", "abu", "bin", "al", "el", "del", "de",
            "mc", "van", "ibn"};
    private static final Set<String> Particles = Set.of("de", "del", "la", "las", "los", "y", "da", "dos", "van",
            "von", "al", "el", "bin", "ibn", "ben", "abu");

    private static boolean fusedSplit(Parts p, Random r) {
        List<int[]> options = new ArrayList<>();
        for (int k = 0; k < p.size(); k++) {
            String low = p.get(k).toLowerCase(Locale.ROOT);
            if (low.contains("-") && low.length() >= 5) {
                options.add(new int[] {k, 2}); // Al-Baghdadi -> Albaghdadi
            }
            if (k + 1 < p.size() && p.sameGroup(k, k + 1) && FUSABLE.contains(low)) {
                options.add(new int[] {k, 0});
            }
            for (String pre : SPLITTABLE) {
                if (low.startsWith(pre) && low.length() >= pre.length() + 4 && !low.contains("-")) {
                    options.add(new int[] {k, 1, pre.length()});
                    break;
                }
            }
        }
        if (options.isEmpty()) {
            // two given names written as one (Juan Carlos -> Juancarlos)
            if (p.given.size() >= 2) {
                options.add(new int[] {0, 0});
            } else {
                return false;
            }
        }
        int[] o = options.get(r.nextInt(options.size()));
        String t = p.get(o[0]);
        switch (o[1]) {
            case 0 -> {
                String next = p.get(o[0] + 1);
                p.set(o[0], t + next.toLowerCase(Locale.ROOT));
                p.remove(o[0] + 1);
            }
            case 1 -> {
                int at = o[2];
                p.set(o[0], t.substring(0, at) + " " + title(t.substring(at)));
            }
            default -> p.set(o[0], title(t.replace("-", "").toLowerCase(Locale.ROOT)));
        }
        return true;
    }

    private static String title(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-';
        }
        return b.toString();
    }

    enum Order { NATURAL, LAST_COMMA_FIRST, LAST_FIRST }

    /** A person's name as given names and surnames, and how it is written. */
    static final class Parts {
        List<String> given = new ArrayList<>();
        List<String> sur = new ArrayList<>();
        Order order = Order.NATURAL;
        /** A form of address before the name and a suffix after it, or {@code null}. */
        String prefix;
        String suffix;

        static Parts parse(String listed) {
            Parts p = new Parts();
            String s = listed.strip();
            int comma = s.indexOf(',');
            if (comma > 0 && s.indexOf(',', comma + 1) < 0) {
                for (String t : s.substring(0, comma).strip().split("\\s+")) {
                    if (!t.isEmpty()) {
                        p.sur.add(title(t));
                    }
                }
                for (String t : s.substring(comma + 1).strip().split("\\s+")) {
                    if (!t.isEmpty()) {
                        p.given.add(title(t));
                    }
                }
            } else if (comma < 0) {
                String[] tok = s.split("\\s+");
                for (int i = 0; i < tok.length; i++) {
                    if (i < tok.length - 1) {
                        p.given.add(title(tok[i]));
                    } else {
                        p.sur.add(title(tok[i]));
                    }
                }
            } else {
                return null;
            }
            if (p.sur.isEmpty() || p.size() < 2) {
                return null;
            }
            return p;
        }

        Parts copy() {
            Parts p = new Parts();
            p.set(this);
            return p;
        }

        void set(Parts o) {
            given = new ArrayList<>(o.given);
            sur = new ArrayList<>(o.sur);
            order = o.order;
            prefix = o.prefix;
            suffix = o.suffix;
        }

        int size() {
            return given.size() + sur.size();
        }

        String get(int k) {
            return k < given.size() ? given.get(k) : sur.get(k - given.size());
        }

        void set(int k, String v) {
            if (k < given.size()) {
                given.set(k, v);
            } else {
                sur.set(k - given.size(), v);
            }
        }

        void remove(int k) {
            if (k < given.size()) {
                given.remove(k);
            } else {
                sur.remove(k - given.size());
            }
        }

        boolean sameGroup(int a, int b) {
            return (a < given.size()) == (b < given.size());
        }

        int[] tokenIndexes(java.util.function.Predicate<String> ok) {
            List<Integer> l = new ArrayList<>();
            for (int k = 0; k < size(); k++) {
                if (ok.test(get(k))) {
                    l.add(k);
                }
            }
            return l.stream().mapToInt(Integer::intValue).toArray();
        }

        String render() {
            String g = String.join(" ", given);
            String s = String.join(" ", sur);
            String name;
            if (g.isEmpty()) {
                name = s;
            } else {
                name = switch (order) {
                    case NATURAL -> g + " " + s;
                    case LAST_COMMA_FIRST -> s.toUpperCase(Locale.ROOT) + ", " + g;
                    case LAST_FIRST -> s + " " + g;
                };
            }
            return (prefix == null ? "" : prefix + " ") + name + (suffix == null ? "" : " " + suffix);
        }
    }
}
