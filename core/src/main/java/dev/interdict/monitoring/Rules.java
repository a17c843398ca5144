package dev.interdict.monitoring;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every detector parameter, read from a JSON rules file (comments allowed). A file only needs the values it
 * changes: it is merged over the documented default set {@code default-rules.json}. Unknown keys are errors, so a
 * typo cannot silently leave a default in place.
 */
public record Rules(General general, Network network, Cycle cycle, Burst burst, PassThrough passThrough,
        Structuring structuring, Funnel funnel, Remittance remittance, Corridor corridor, Exposure exposure) {

    public static final long DAY_MS = 86_400_000L;
    public static final long HOUR_MS = 3_600_000L;
    /** Classpath resource holding the default rule set. */
    public static final String DEFAULT_RESOURCE = "/dev/interdict/monitoring/default-rules.json";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.ALLOW_COMMENTS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Event-time handling. */
    public record General(int allowedLatenessHours, int noveltyHorizonDays) { }

    /** Fan-in, fan-out, gather-scatter, scatter-gather over one-shot edges (new pairs that do not repeat). */
    public record Network(boolean enabled, int windowDays, int settleDays, int minFanIn, int minFanOut,
            int minGather, int minScatter, int extendDays) { }

    /** Round-tripping: funds along new relations come back to an account they left. Also layering chains. */
    public record Cycle(boolean enabled, int windowDays, int minLength, int maxLength, int maxUpstream,
            boolean chains, int minChainHops) { }

    /** Stack / bipartite bursts: new relations that transact on consecutive days. */
    public record Burst(boolean enabled, int minDays, int maxStreakTx) { }

    /** Pass-through: most of an inflow leaves again within hours or days. */
    public record PassThrough(boolean enabled, int windowHours, double minInflow, double minRatio) { }

    /** Cash structuring below the currency-reporting threshold. */
    public record Structuring(boolean enabled, double threshold, double nearFraction, int windowDays, int minNear,
            int splitWindowDays, int minSplit, double splitMinFraction) { }

    /** Funnel accounts: cash in across regions/branches by several depositors, out soon after. */
    public record Funnel(boolean enabled, int windowDays, int minRegions, int minBranches, int minDepositors,
            double minDeposits, int outflowDays, double minOutflowRatio) { }

    /** Remittances into corridor countries just under reporting bands, many-to-one or one-to-many. */
    public record Remittance(boolean enabled, Set<String> countries, List<Double> bands, double nearFraction,
            int windowDays, int minSenders, int minBeneficiaries) { }

    /** Flows to or from high-risk countries, summed per account over a window. */
    public record Corridor(boolean enabled, Set<String> countries, int windowDays, double minAmount) { }

    /** Counterparties that screen as listed entities. */
    public record Exposure(boolean enabled, double minScore) { }

    /** The documented default rule set. */
    public static Rules defaults() {
        return load(null);
    }

    /** Reads a rules file merged over the defaults; {@code null} gives the defaults. */
    public static Rules load(InputStream overrides) {
        try (InputStream in = Rules.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            ObjectNode tree = (ObjectNode) JSON.readTree(in);
            if (overrides != null) {
                JsonNode user;
                try {
                    user = JSON.readTree(overrides);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalArgumentException("rules: not valid JSON: " + e.getOriginalMessage());
                }
                if (user == null || !user.isObject()) {
                    throw new IllegalArgumentException("rules: the file must hold one JSON object");
                }
                merge(tree, (ObjectNode) user, "");
            }
            return JSON.treeToValue(tree, Rules.class).validated();
        } catch (IOException e) {
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
                throw new IllegalArgumentException("rules: " + j.getOriginalMessage());
            }
            throw new UncheckedIOException(e);
        }
    }

    private static void merge(ObjectNode base, ObjectNode user, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> it = user.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode current = base.get(e.getKey());
            if (current == null) {
                throw new IllegalArgumentException("rules: unknown key '" + path + e.getKey() + "'");
            }
            if (current.isObject() && e.getValue().isObject()) {
                merge((ObjectNode) current, (ObjectNode) e.getValue(), path + e.getKey() + ".");
            } else {
                base.set(e.getKey(), e.getValue());
            }
        }
    }

    private Rules validated() {
        positive("general.noveltyHorizonDays", general.noveltyHorizonDays());
        atLeast("general.allowedLatenessHours", general.allowedLatenessHours(), 0);
        positive("network.windowDays", network.windowDays());
        atLeast("network.settleDays", network.settleDays(), 0);
        atLeast("network.minFanIn", network.minFanIn(), 2);
        atLeast("network.minFanOut", network.minFanOut(), 2);
        atLeast("network.extendDays", network.extendDays(), 0);
        positive("cycle.windowDays", cycle.windowDays());
        atLeast("cycle.minLength", cycle.minLength(), 2);
        atLeast("cycle.maxLength", cycle.maxLength(), cycle.minLength());
        positive("cycle.maxUpstream", cycle.maxUpstream());
        atLeast("burst.minDays", burst.minDays(), 2);
        positive("passThrough.windowHours", passThrough.windowHours());
        positive("structuring.windowDays", structuring.windowDays());
        positive("funnel.windowDays", funnel.windowDays());
        positive("remittance.windowDays", remittance.windowDays());
        positive("corridor.windowDays", corridor.windowDays());
        if (structuring.nearFraction() <= 0 || structuring.nearFraction() >= 1) {
            throw new IllegalArgumentException("rules: structuring.nearFraction must be in (0, 1), got "
                    + structuring.nearFraction());
        }
        return this;
    }

    private static void positive(String name, int v) {
        atLeast(name, v, 1);
    }

    private static void atLeast(String name, int v, int min) {
        if (v < min) {
            throw new IllegalArgumentException("rules: " + name + " must be >= " + min + ", got " + v);
        }
    }

    /** The longest time any detector looks back, in milliseconds: edges older than this are dropped. */
    public long retentionMs() {
        long days = Math.max(Math.max(network.windowDays(), network.extendDays()) + network.settleDays() + 1,
                cycle.windowDays());
        days = Math.max(days, structuring.windowDays());
        days = Math.max(days, funnel.windowDays() + funnel.outflowDays());
        days = Math.max(days, remittance.windowDays());
        days = Math.max(days, corridor.windowDays());
        long ms = days * DAY_MS;
        return Math.max(ms, passThrough.windowHours() * HOUR_MS);
    }
}
