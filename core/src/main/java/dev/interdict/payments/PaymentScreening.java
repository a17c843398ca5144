package dev.interdict.payments;

import dev.interdict.model.Entity;
import dev.interdict.model.NameKind;
import dev.interdict.payments.iso20022.Iso20022Parser;
import dev.interdict.payments.mt.MtParser;
import dev.interdict.screening.Match;
import dev.interdict.screening.Query;
import dev.interdict.screening.Screener;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The payment screening engine: raw message in, one {@link PaymentDecision} per transaction out.
 *
 * <pre>
 *   size check ──► parse (ISO 20022 StAX | SWIFT MT) ──► mandatory checks ──► per transaction:
 *       party names ─► Screener           BIC / LEI / accounts / IDs ─► Screener.findByIdentifier (exact)
 *       free text windows ─► Screener     countries, BIC/IBAN country, region words ─► policy jurisdictions
 *   ──► hits ──► PaymentPolicy ──► PASS | HOLD | REJECT | BLOCK
 * </pre>
 *
 * <p>Fail closed: an oversized, malformed, unsafe, truncated or unknown message, or one that lacks what screening
 * needs, is held with a reason and the raw bytes are kept in the decision; {@link #screen(byte[])} never throws and
 * never passes what it could not read. Pure and thread-safe: the HTTP route, the CLI and a stream job call the same
 * method.
 */
public final class PaymentScreening {

    private static final ThreadLocal<Iso20022Parser> XML = ThreadLocal.withInitial(Iso20022Parser::new);
    private static final MtParser MT = new MtParser();

    private final Screener screener;
    private final PaymentPolicy policy;
    private final FreeTextScanner scanner;
    private final List<Pattern> jurisdictionPatterns;
    private final java.util.concurrent.ConcurrentHashMap<String, List<Match>> cache =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * How many screening results (name or free-text window to matches) are kept. Results depend only on the query
     * and the list version this instance was built for, and payment traffic repeats names (agents, regular payers),
     * so a bounded cache saves most screener calls; it is emptied when full.
     */
    public static final int CACHE_SIZE = 100_000;
    private final int cacheSize;

    /** Screens against {@code screener}, screening every free-text window (no vocabulary filter). */
    public PaymentScreening(Screener screener, PaymentPolicy policy) {
        this(screener, policy, null);
    }

    /**
     * @param vocabulary the tokens of every list name ({@link FreeTextScanner#vocabulary(Collection)}): free-text
     *                   windows without one of them are not screened; {@code null} screens every window
     */
    public PaymentScreening(Screener screener, PaymentPolicy policy, Set<String> vocabulary) {
        this(screener, policy, vocabulary, CACHE_SIZE);
    }

    /**
     * @param cacheSize how many screening results to keep (0: none; see {@link #CACHE_SIZE})
     */
    public PaymentScreening(Screener screener, PaymentPolicy policy, Set<String> vocabulary, int cacheSize) {
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must be >= 0, got " + cacheSize);
        }
        this.cacheSize = cacheSize;
        this.screener = java.util.Objects.requireNonNull(screener, "screener");
        this.policy = java.util.Objects.requireNonNull(policy, "policy");
        this.scanner = new FreeTextScanner(screener, vocabulary, policy.freeTextMaxTokens(),
                policy.freeTextMinChars(), Math.min(policy.freeTextThreshold(), policy.holdThreshold()));
        List<Pattern> ps = new ArrayList<>();
        for (PaymentPolicy.Jurisdiction j : policy.jurisdictions()) {
            ps.add(j.terms().isEmpty() ? null : Pattern.compile("(?<![A-Z0-9])(" + String.join("|",
                    j.terms().stream().map(Pattern::quote).toList()) + ")(?![A-Z0-9])"));
        }
        this.jurisdictionPatterns = ps;
    }

    /** Builds the screener and the free-text vocabulary over {@code entities}. */
    public static PaymentScreening of(Collection<Entity> entities, PaymentPolicy policy) {
        return new PaymentScreening(Screener.of(entities), policy, FreeTextScanner.vocabulary(entities));
    }

    public PaymentPolicy policy() {
        return policy;
    }

    /**
     * Screens a message read from {@code in}, reading at most the policy's size limit plus one byte: a larger
     * message is held without being read further (its raw bytes are then not in the decision; the caller keeps
     * the source).
     */
    public List<PaymentDecision> screen(InputStream in) {
        long max = policy.maxMessageBytes();
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        long total = 0;
        try {
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > max) {
                    return List.of(PaymentDecision.held(null, null, "message larger than the limit of " + max
                            + " bytes: not parsed (raw message kept by the caller)", null));
                }
                buf.write(chunk, 0, n);
            }
        } catch (IOException e) {
            return List.of(PaymentDecision.held(null, null, "message could not be read: " + e.getMessage(),
                    buf.toByteArray()));
        }
        return screen(buf.toByteArray());
    }

    /** Screens one raw message (ISO 20022 XML, optionally with an envelope and AppHdr, or SWIFT MT). */
    public List<PaymentDecision> screen(byte[] raw) {
        if (raw == null || raw.length == 0) {
            return List.of(PaymentDecision.held(null, null, "empty message", raw));
        }
        if (raw.length > policy.maxMessageBytes()) {
            return List.of(PaymentDecision.held(null, null, "message of " + raw.length
                    + " bytes is larger than the limit of " + policy.maxMessageBytes() + " bytes: not parsed", raw));
        }
        PaymentMessage message;
        try {
            message = parse(raw);
        } catch (PaymentParseException e) {
            return List.of(PaymentDecision.held(null, null, e.getMessage(), raw));
        } catch (RuntimeException | StackOverflowError e) {
            return List.of(PaymentDecision.held(null, null, "message could not be parsed: " + e, raw));
        }
        try {
            return decide(message, raw);
        } catch (RuntimeException e) {
            return List.of(PaymentDecision.held(message.definition(), message.messageId(),
                    "internal error while screening, held: " + e, raw));
        }
    }

    /** Parses a message of any supported type, detected from its first character and namespace. */
    public static PaymentMessage parse(byte[] raw) throws PaymentParseException {
        int i = 0;
        if (raw.length >= 3 && (raw[0] & 0xff) == 0xEF && (raw[1] & 0xff) == 0xBB && (raw[2] & 0xff) == 0xBF) {
            i = 3;
        }
        while (i < raw.length && Character.isWhitespace(raw[i])) {
            i++;
        }
        if (i >= raw.length) {
            throw new PaymentParseException("empty message");
        }
        if (raw[i] == '<') {
            return XML.get().parse(raw);
        }
        if (raw[i] == '{') {
            return MT.parse(new String(raw, StandardCharsets.UTF_8));
        }
        throw new PaymentParseException("unknown message type: neither ISO 20022 XML nor SWIFT MT (starts with '"
                + new String(raw, i, Math.min(20, raw.length - i), StandardCharsets.UTF_8).strip() + "')");
    }

    private List<PaymentDecision> decide(PaymentMessage message, byte[] raw) {
        List<String> messageProblems = MessageChecks.message(message);
        if (message.transactions().isEmpty()) {
            return List.of(PaymentDecision.held(message.definition(), message.messageId(),
                    String.join("; ", messageProblems), raw));
        }
        Map<String, List<Match>> nameCache = new HashMap<>();
        List<PaymentDecision> out = new ArrayList<>();
        for (Transaction t : message.transactions()) {
            List<String> problems = new ArrayList<>(messageProblems);
            problems.addAll(MessageChecks.transaction(message.type(), t));
            List<Hit> hits = hits(t, nameCache);
            Action action = Action.PASS;
            for (Hit h : hits) {
                action = action.max(h.action());
            }
            String reason;
            if (!problems.isEmpty() && action.ordinal() <= Action.HOLD.ordinal()) {
                action = Action.HOLD;
                reason = "held: " + String.join("; ", problems)
                        + (hits.isEmpty() ? "" : "; hit: " + hits.get(0).describe());
            } else if (hits.isEmpty()) {
                reason = "no hits";
            } else {
                reason = hits.get(0).describe()
                        + (hits.size() > 1 ? " (+" + (hits.size() - 1) + " more)" : "")
                        + (problems.isEmpty() ? "" : "; also: " + String.join("; ", problems));
            }
            out.add(new PaymentDecision(message.definition(), message.messageId(), t.endToEndId(), t.uetr(),
                    action, reason, hits, t, raw));
        }
        return out;
    }

    /** Every hit of one transaction, strongest first. */
    List<Hit> hits(Transaction t, Map<String, List<Match>> nameCache) {
        List<Hit> hits = new ArrayList<>();
        Set<String> dedupe = new HashSet<>();
        for (Party p : t.parties()) {
            String role = p.roleName();
            String country = p.first(FieldKind.COUNTRY);
            for (PartyField f : p.fields()) {
                switch (f.kind()) {
                    case NAME -> {
                        Query q = new Query(f.value(), null, null, country, List.of());
                        List<Match> ms = nameCache.computeIfAbsent(f.value() + "|" + country,
                                k -> cached("n|" + k, () -> screener.screen(q, policy.holdThreshold(), 5)));
                        for (Match m : ms) {
                            add(hits, dedupe, listHit(Hit.Kind.NAME, role, f.path(), f.value(), m, false));
                        }
                    }
                    case BIC -> {
                        for (String v : bicVariants(f.value())) {
                            identifierHits(hits, dedupe, Hit.Kind.BIC, role, f.path(), f.value(), v);
                        }
                        countryHit(hits, dedupe, role, f, f.value().length() >= 6 ? f.value().substring(4, 6) : null);
                    }
                    case LEI -> identifierHits(hits, dedupe, Hit.Kind.LEI, role, f.path(), f.value(), f.value());
                    case ACCOUNT, IDENTIFIER -> {
                        if (f.value().replaceAll("[^A-Za-z0-9]", "").length() >= 6) {
                            identifierHits(hits, dedupe, f.kind() == FieldKind.ACCOUNT ? Hit.Kind.ACCOUNT
                                    : Hit.Kind.IDENTIFIER, role, f.path(), f.value(), f.value());
                        }
                        String v = f.value().replace(" ", "").toUpperCase(Locale.ROOT);
                        if (f.kind() == FieldKind.ACCOUNT && Ibans.looksLikeIban(v)) {
                            countryHit(hits, dedupe, role, f, v.substring(0, 2));
                        }
                    }
                    case COUNTRY -> countryHit(hits, dedupe, role, f, f.value());
                    case ADDRESS -> termHits(hits, dedupe, role, f.path(), f.value());
                    default -> { }
                }
            }
        }
        for (FreeText text : t.texts()) {
            String role = text.kind().name().toLowerCase(Locale.ROOT);
            if (text.kind() == TextKind.COUNTRY) {
                countryHit(hits, dedupe, role, new PartyField(FieldKind.COUNTRY, text.path(), text.value()),
                        text.value());
                continue;
            }
            if (!text.kind().scanned()) {
                continue;
            }
            for (FreeTextScanner.Found found : scanner.scan(text.value(), w -> cached("w|" + w,
                    () -> screener.screen(Query.of(w), Math.min(policy.freeTextThreshold(), policy.holdThreshold()),
                            5)))) {
                add(hits, dedupe, listHit(Hit.Kind.FREE_TEXT, role, text.path(), found.window(), found.match(),
                        true));
            }
            termHits(hits, dedupe, role, text.path(), text.value());
        }
        hits.sort(Comparator.comparing(Hit::action).reversed()
                .thenComparing(Comparator.comparingDouble(Hit::score).reversed())
                .thenComparing(Hit::kind));
        return hits;
    }

    private List<Match> cached(String key, java.util.function.Supplier<List<Match>> screen) {
        if (cacheSize == 0) {
            return screen.get();
        }
        List<Match> m = cache.get(key);
        if (m == null) {
            m = List.copyOf(screen.get());
            if (cache.size() >= cacheSize) {
                cache.clear();
            }
            cache.put(key, m);
        }
        return m;
    }

    private static void add(List<Hit> hits, Set<String> dedupe, Hit h) {
        if (dedupe.add(h.kind() + "|" + h.path() + "|" + h.sourceId() + "|" + h.value())) {
            hits.add(h);
        }
    }

    private Hit listHit(Hit.Kind kind, String role, String path, String value, Match m, boolean freeText) {
        List<String> programs = m.entity().programs();
        Action a;
        if (m.score() >= (freeText ? policy.freeTextThreshold() : policy.blockThreshold())) {
            a = policy.programAction(programs);
            if (m.nameKind() == NameKind.WEAK_ALIAS) {
                a = a.min(policy.weakAliasMaxAction());
            }
            if (freeText) {
                a = a.min(policy.freeTextMaxAction());
            }
        } else {
            a = Action.HOLD;
        }
        return new Hit(kind, role, path, value, m.entity().id(), m.matchedName(), m.score(), programs, a);
    }

    private void identifierHits(List<Hit> hits, Set<String> dedupe, Hit.Kind kind, String role, String path,
            String value, String lookup) {
        for (Entity e : screener.findByIdentifier(lookup)) {
            add(hits, dedupe, new Hit(kind, role, path, value, e.id(), e.caption(), 1.0, e.programs(),
                    policy.programAction(e.programs())));
        }
    }

    /** A BIC as written, its 8-character institution code, and that code with the primary-office branch XXX. */
    static Set<String> bicVariants(String bic) {
        String b = bic.strip().toUpperCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(b);
        if (b.length() >= 8) {
            out.add(b.substring(0, 8));
            out.add(b.substring(0, 8) + "XXX");
        }
        return out;
    }

    private void countryHit(List<Hit> hits, Set<String> dedupe, String role, PartyField f, String code) {
        if (code == null) {
            return;
        }
        String c = code.strip().toUpperCase(Locale.ROOT);
        for (PaymentPolicy.Jurisdiction j : policy.jurisdictions()) {
            if (!j.region() && j.code().equals(c)) {
                add(hits, dedupe, new Hit(Hit.Kind.COUNTRY, role, f.path(), f.value(), j.code(), j.name(), 1.0,
                        List.of(), j.action()));
            }
        }
    }

    private void termHits(List<Hit> hits, Set<String> dedupe, String role, String path, String value) {
        String folded = FreeTextScanner.fold(value);
        for (int i = 0; i < jurisdictionPatterns.size(); i++) {
            Pattern p = jurisdictionPatterns.get(i);
            if (p != null) {
                var m = p.matcher(folded);
                if (m.find()) {
                    PaymentPolicy.Jurisdiction j = policy.jurisdictions().get(i);
                    add(hits, dedupe, new Hit(j.region() ? Hit.Kind.REGION : Hit.Kind.COUNTRY, role, path,
                            m.group(1), j.code(), j.name(), 1.0, List.of(), j.action()));
                }
            }
        }
    }
}
