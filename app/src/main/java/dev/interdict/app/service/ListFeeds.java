package dev.interdict.app.service;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The official list downloads: which files make each list, and the base URLs they are fetched from (configurable,
 * so a mirror or a test server can stand in). Files are saved under the lower-case names the list readers expect.
 */
public final class ListFeeds {

    /** OFAC's Sanctions List Service exports (SDN and consolidated CSV sets). */
    public static final String OFAC_BASE = "https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/";
    /** The UN Security Council consolidated list. */
    public static final String UN_BASE = "https://scsanctions.un.org/resources/xml/en/";

    /** One list: its key, base URL and the files (remote name as published; saved lower-case). */
    public record Feed(String name, URI base, List<String> files) {
        public URI url(String file) {
            return base.resolve(file);
        }

        public static String localName(String file) {
            return file.toLowerCase(Locale.ROOT);
        }
    }

    private ListFeeds() {
    }

    /** All known feeds with the given base URLs (a trailing slash is added when missing). */
    public static Map<String, Feed> official(String ofacBase, String unBase) {
        URI ofac = base(ofacBase == null ? OFAC_BASE : ofacBase);
        URI un = base(unBase == null ? UN_BASE : unBase);
        Map<String, Feed> feeds = new LinkedHashMap<>();
        feeds.put("ofac-sdn", new Feed("ofac-sdn", ofac, List.of("SDN.CSV", "ALT.CSV", "ADD.CSV", "SDN_COMMENTS.CSV")));
        feeds.put("ofac-cons", new Feed("ofac-cons", ofac,
                List.of("CONS_PRIM.CSV", "CONS_ALT.CSV", "CONS_ADD.CSV", "CONS_COMMENTS.CSV")));
        feeds.put("un-sc", new Feed("un-sc", un, List.of("consolidated.xml")));
        return feeds;
    }

    /** The feeds named in {@code names} (comma-separated; blank: all). */
    public static List<Feed> select(Map<String, Feed> all, String names) {
        if (names == null || names.isBlank()) {
            return List.copyOf(all.values());
        }
        List<Feed> out = new ArrayList<>();
        for (String n : names.split(",")) {
            Feed f = all.get(n.strip());
            if (f == null) {
                throw new IllegalArgumentException("unknown list feed '" + n.strip() + "': expected one of "
                        + all.keySet());
            }
            out.add(f);
        }
        return out;
    }

    private static URI base(String url) {
        return URI.create(url.endsWith("/") ? url : url + "/");
    }
}
