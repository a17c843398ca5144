package dev.interdict.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the screening decides for which hit: thresholds, program to action, the caps for weak aliases and free text,
 * comprehensively sanctioned countries and regions, and the message size limit. Read from JSON (comments allowed);
 * {@link #defaults()} is the documented {@code default-policy.json} resource beside this class. Immutable.
 */
public final class PaymentPolicy {

    /** The default message size limit: 10 MB. */
    public static final long DEFAULT_MAX_MESSAGE_BYTES = 10L * 1024 * 1024;
    /** The resource holding the default policy. */
    public static final String DEFAULT_RESOURCE = "default-policy.json";

    /**
     * A country or region under comprehensive sanctions.
     *
     * @param code   ISO 3166-1 alpha-2 (country) or ISO 3166-2 (region) code
     * @param name   shown to the analyst
     * @param region whether it is a region (found by terms only) rather than a country
     * @param action what a payment touching it gets
     * @param terms  words that name it in addresses and free text, upper case
     */
    public record Jurisdiction(String code, String name, boolean region, Action action, List<String> terms) {
        public Jurisdiction {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(action, "action");
            terms = List.copyOf(terms);
        }
    }

    private final double blockThreshold;
    private final double holdThreshold;
    private final Map<String, Action> programs;
    private final Action defaultProgramAction;
    private final Action weakAliasMaxAction;
    private final double freeTextThreshold;
    private final int freeTextMaxTokens;
    private final int freeTextMinChars;
    private final Action freeTextMaxAction;
    private final List<Jurisdiction> jurisdictions;
    private final long maxMessageBytes;

    private PaymentPolicy(JsonNode n) {
        JsonNode t = n.path("thresholds");
        blockThreshold = t.path("block").asDouble(0.93);
        holdThreshold = t.path("hold").asDouble(0.85);
        if (holdThreshold <= 0 || holdThreshold > 1 || blockThreshold < holdThreshold || blockThreshold > 1) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < hold <= block <= 1, got hold="
                    + holdThreshold + " block=" + blockThreshold);
        }
        Map<String, Action> p = new HashMap<>();
        n.path("programs").properties().forEach(e -> p.put(key(e.getKey()), action(e.getValue().asText(), e.getKey())));
        programs = Map.copyOf(p);
        defaultProgramAction = action(n.path("default_program_action").asText("BLOCK"), "default_program_action");
        weakAliasMaxAction = action(n.path("weak_alias_max_action").asText("HOLD"), "weak_alias_max_action");
        JsonNode ft = n.path("free_text");
        freeTextThreshold = ft.path("threshold").asDouble(blockThreshold);
        freeTextMaxTokens = ft.path("max_tokens").asInt(6);
        freeTextMinChars = ft.path("min_chars").asInt(4);
        freeTextMaxAction = action(ft.path("max_action").asText("HOLD"), "free_text.max_action");
        if (freeTextMaxTokens < 1 || freeTextMaxTokens > 12) {
            throw new IllegalArgumentException("free_text.max_tokens must be in 1..12, got " + freeTextMaxTokens);
        }
        List<Jurisdiction> js = new ArrayList<>();
        for (JsonNode j : n.path("jurisdictions")) {
            List<String> terms = new ArrayList<>();
            j.path("terms").forEach(x -> terms.add(FreeTextScanner.fold(x.asText())));
            js.add(new Jurisdiction(j.path("code").asText(), j.path("name").asText(j.path("code").asText()),
                    j.path("region").asBoolean(false), action(j.path("action").asText("HOLD"), "jurisdiction"),
                    terms));
        }
        jurisdictions = List.copyOf(js);
        maxMessageBytes = n.path("max_message_bytes").asLong(DEFAULT_MAX_MESSAGE_BYTES);
        if (maxMessageBytes < 1024) {
            throw new IllegalArgumentException("max_message_bytes must be >= 1024, got " + maxMessageBytes);
        }
    }

    private static String key(String program) {
        return program.strip().toUpperCase(Locale.ROOT);
    }

    private static Action action(String value, String where) {
        try {
            return Action.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("policy: '" + value + "' for " + where
                    + " is not an action (PASS, HOLD, REJECT, BLOCK)");
        }
    }

    private static ObjectMapper mapper() {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    }

    /** The documented default policy. */
    public static PaymentPolicy defaults() {
        try (InputStream in = PaymentPolicy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a policy. Scalar keys it leaves out take the default file's values; {@code programs} and
     * {@code jurisdictions} are exactly what it lists (none when absent).
     *
     * @throws IllegalArgumentException for an invalid policy (the message says what and where)
     */
    public static PaymentPolicy read(InputStream json) throws IOException {
        return new PaymentPolicy(mapper().readTree(json));
    }

    public static PaymentPolicy parse(String json) {
        try {
            return new PaymentPolicy(mapper().readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("policy is not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A copy with another message size limit. */
    public PaymentPolicy withMaxMessageBytes(long bytes) {
        com.fasterxml.jackson.databind.node.ObjectNode n = toJson();
        n.put("max_message_bytes", bytes);
        return new PaymentPolicy(n);
    }

    /** The strongest action the programs call for; {@link #defaultProgramAction()} when none is named. */
    public Action programAction(List<String> entityPrograms) {
        if (entityPrograms.isEmpty()) {
            return defaultProgramAction;
        }
        Action a = Action.PASS;
        for (String p : entityPrograms) {
            a = a.max(programs.getOrDefault(key(p), defaultProgramAction));
        }
        return a;
    }

    public double blockThreshold() { return blockThreshold; }
    public double holdThreshold() { return holdThreshold; }
    public Action defaultProgramAction() { return defaultProgramAction; }
    public Action weakAliasMaxAction() { return weakAliasMaxAction; }
    public double freeTextThreshold() { return freeTextThreshold; }
    public int freeTextMaxTokens() { return freeTextMaxTokens; }
    public int freeTextMinChars() { return freeTextMinChars; }
    public Action freeTextMaxAction() { return freeTextMaxAction; }
    public List<Jurisdiction> jurisdictions() { return jurisdictions; }
    public long maxMessageBytes() { return maxMessageBytes; }

    /** The policy as JSON (same keys as the file). */
    public com.fasterxml.jackson.databind.node.ObjectNode toJson() {
        ObjectMapper m = mapper();
        var n = m.createObjectNode();
        n.putObject("thresholds").put("block", blockThreshold).put("hold", holdThreshold);
        var p = n.putObject("programs");
        programs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> p.put(e.getKey(), e.getValue().name()));
        n.put("default_program_action", defaultProgramAction.name());
        n.put("weak_alias_max_action", weakAliasMaxAction.name());
        n.putObject("free_text").put("threshold", freeTextThreshold).put("max_tokens", freeTextMaxTokens)
                .put("min_chars", freeTextMinChars).put("max_action", freeTextMaxAction.name());
        var js = n.putArray("jurisdictions");
        for (Jurisdiction j : jurisdictions) {
            var o = js.addObject().put("code", j.code()).put("name", j.name()).put("region", j.region())
                    .put("action", j.action().name());
            var terms = o.putArray("terms");
            j.terms().forEach(terms::add);
        }
        n.put("max_message_bytes", maxMessageBytes);
        return n;
    }
}
