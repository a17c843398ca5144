package dev.interdict.model;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Country names and codes as sanctions lists and customers write them, reduced to ISO 3166-1 alpha-2 codes.
 * Knows the English short names of every ISO country plus the forms lists use ("Korea, North", "Burma",
 * "Russia", "Iran", "Venezuela", "Palestinian", demonyms such as "Mexican").
 */
public final class Countries {

    private static final Map<String, String> BY_KEY = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale l = Locale.of("", code);
            put(l.getDisplayCountry(Locale.ENGLISH), code);
            put(code, code);
            try {
                put(l.getISO3Country(), code);
            } catch (java.util.MissingResourceException ignored) {
                // no alpha-3 code
            }
        }
        String[][] extra = {
            {"Korea, North", "KP"}, {"North Korea", "KP"}, {"Democratic People's Republic of Korea", "KP"},
            {"Korea, South", "KR"}, {"South Korea", "KR"}, {"Republic of Korea", "KR"},
            {"Burma", "MM"}, {"Russia", "RU"}, {"Russian Federation", "RU"}, {"Iran", "IR"},
            {"Iran (Islamic Republic of)", "IR"}, {"Syria", "SY"}, {"Syrian Arab Republic", "SY"},
            {"Venezuela", "VE"}, {"Venezuela (Bolivarian Republic of)", "VE"}, {"Bolivia", "BO"},
            {"Tanzania", "TZ"}, {"United Republic of Tanzania", "TZ"}, {"Laos", "LA"},
            {"Lao People's Democratic Republic", "LA"}, {"Vietnam", "VN"}, {"Viet Nam", "VN"},
            {"Moldova", "MD"}, {"Republic of Moldova", "MD"}, {"Palestinian", "PS"}, {"Palestine", "PS"},
            {"West Bank", "PS"}, {"Gaza", "PS"}, {"State of Palestine", "PS"}, {"Congo, Democratic Republic of the", "CD"},
            {"Democratic Republic of the Congo", "CD"}, {"Congo, Republic of the", "CG"}, {"Republic of the Congo", "CG"},
            {"Cote d Ivoire", "CI"}, {"Ivory Coast", "CI"}, {"Turkey", "TR"}, {"Turkiye", "TR"},
            {"United Kingdom of Great Britain and Northern Ireland", "GB"}, {"UK", "GB"}, {"Great Britain", "GB"},
            {"England", "GB"}, {"United States of America", "US"}, {"USA", "US"}, {"U.S.", "US"},
            {"Czech Republic", "CZ"}, {"Macedonia", "MK"}, {"The Former Yugoslav Republic of Macedonia", "MK"},
            {"Kosovo", "XK"}, {"Brunei", "BN"}, {"Cabo Verde", "CV"}, {"Swaziland", "SZ"}, {"Eswatini", "SZ"},
            {"Micronesia", "FM"}, {"Holy See", "VA"}, {"Vatican", "VA"}, {"Sint Maarten", "SX"},
            {"Curacao", "CW"}, {"Hong Kong", "HK"}, {"Macau", "MO"}, {"Macao", "MO"}, {"Taiwan", "TW"},
            {"Region: Gaza", "PS"}, {"Crimea", "UA"}, {"Netherlands Antilles", "CW"}, {"Yugoslavia", "RS"},
            {"Serbia and Montenegro", "RS"}, {"Bahamas, The", "BS"}, {"The Bahamas", "BS"}, {"Gambia, The", "GM"},
            {"The Gambia", "GM"}, {"Saint Kitts and Nevis", "KN"}, {"Saint Vincent and the Grenadines", "VC"},
            {"Saint Lucia", "LC"}, {"Timor-Leste", "TL"}, {"East Timor", "TL"}, {"Bosnia-Herzegovina", "BA"},
            {"Bosnia and Herzegovina", "BA"}, {"Trinidad & Tobago", "TT"}, {"Antigua & Barbuda", "AG"},
            // demonyms, as nationality fields write them
            {"Mexican", "MX"}, {"Colombian", "CO"}, {"Venezuelan", "VE"}, {"American", "US"}, {"Russian", "RU"},
            {"Iranian", "IR"}, {"Iraqi", "IQ"}, {"Syrian", "SY"}, {"Lebanese", "LB"}, {"Afghan", "AF"},
            {"Pakistani", "PK"}, {"Saudi", "SA"}, {"Saudi Arabian", "SA"}, {"Yemeni", "YE"}, {"Somali", "SO"},
            {"Sudanese", "SD"}, {"Libyan", "LY"}, {"Egyptian", "EG"}, {"Jordanian", "JO"}, {"Kuwaiti", "KW"},
            {"Qatari", "QA"}, {"Emirati", "AE"}, {"Chinese", "CN"}, {"North Korean", "KP"}, {"Korean", "KR"},
            {"Cuban", "CU"}, {"Guatemalan", "GT"}, {"Honduran", "HN"}, {"Salvadoran", "SV"}, {"Salvadorean", "SV"},
            {"Ecuadorian", "EC"}, {"Peruvian", "PE"}, {"Panamanian", "PA"}, {"Spanish", "ES"}, {"British", "GB"},
            {"French", "FR"}, {"German", "DE"}, {"Italian", "IT"}, {"Turkish", "TR"}, {"Ukrainian", "UA"},
            {"Belarusian", "BY"}, {"Indian", "IN"}, {"Indonesian", "ID"}, {"Filipino", "PH"}, {"Nigerian", "NG"},
            {"Malian", "ML"}, {"Algerian", "DZ"}, {"Tunisian", "TN"}, {"Moroccan", "MA"}, {"Kenyan", "KE"},
            {"Congolese", "CD"}, {"Rwandan", "RW"}, {"Ugandan", "UG"}, {"Burmese", "MM"}, {"Canadian", "CA"},
            {"Brazilian", "BR"}, {"Argentine", "AR"}, {"Argentinian", "AR"}, {"Chilean", "CL"}, {"Bolivian", "BO"},
            {"Paraguayan", "PY"}, {"Uruguayan", "UY"}, {"Dominican", "DO"}, {"Haitian", "HT"}, {"Nicaraguan", "NI"},
            {"Costa Rican", "CR"}, {"Israeli", "IL"}, {"Bahraini", "BH"}, {"Omani", "OM"}, {"Kazakh", "KZ"},
            {"Uzbek", "UZ"}, {"Tajik", "TJ"}, {"Azerbaijani", "AZ"}, {"Georgian", "GE"}, {"Armenian", "AM"},
        };
        for (String[] e : extra) {
            put(e[0], e[1]);
        }
    }

    private Countries() {
    }

    private static void put(String name, String code) {
        BY_KEY.putIfAbsent(key(name), code);
    }

    private static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /**
     * The ISO 3166-1 alpha-2 code for a country name, code or demonym; {@code null} when it is not recognised.
     */
    public static String code(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return null;
        }
        return BY_KEY.get(key(nameOrCode));
    }

    /** The ISO code when recognised, else the input stripped; {@code null} for blank input. */
    public static String codeOrText(String nameOrCode) {
        if (nameOrCode == null || nameOrCode.isBlank()) {
            return null;
        }
        String code = code(nameOrCode);
        return code != null ? code : nameOrCode.strip();
    }

    /** The English short name of an ISO code, or the input when unknown. */
    public static String name(String code) {
        if (code == null || code.length() != 2) {
            return code;
        }
        String n = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
        return n.isEmpty() || n.equals(code) ? code : n;
    }
}
