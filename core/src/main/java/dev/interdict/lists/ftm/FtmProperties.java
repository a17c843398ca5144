package dev.interdict.lists.ftm;

import java.util.Locale;
import java.util.Set;

/** The FollowTheMoney property names the model maps, and how identifiers map to them. */
final class FtmProperties {

    /** Top-level key of the Interdict extension object: what flat FtM properties cannot hold. */
    static final String EXTENSION = "interdict";

    /** FtM properties the reader maps to model fields; any other property goes to Entity.properties. */
    static final Set<String> MAPPED = Set.of("name", "alias", "weakAlias", "previousName", "birthDate",
            "birthPlace", "nationality", "citizenship", "gender", "address", "idNumber", "passportNumber",
            "taxNumber", "swiftBic", "imoNumber", "email", "phone", "website", "program", "notes");

    private FtmProperties() {
    }

    /** The FtM property an identifier of this type is written to, or {@code null} for none (wallet addresses). */
    static String forIdentifier(String type, String value) {
        String t = type.toLowerCase(Locale.ROOT);
        if (t.startsWith("digital currency")) {
            return null;
        }
        if (t.contains("passport")) {
            return "passportNumber";
        }
        if (t.contains("swift") || t.contains("bic")) {
            return "swiftBic";
        }
        if (t.contains("imo") || value.startsWith("IMO ")) {
            return "imoNumber";
        }
        if (t.contains("tax") || t.startsWith("r.f.c") || t.startsWith("rfc") || t.startsWith("nit")
                || t.startsWith("ruc") || t.startsWith("v.a.t") || t.startsWith("rif") || t.contains("fiscal")) {
            return "taxNumber";
        }
        return "idNumber";
    }

    /** The identifier type a plain FtM property reads as. */
    static String identifierType(String property) {
        return switch (property) {
            case "passportNumber" -> "Passport";
            case "taxNumber" -> "Tax ID No.";
            case "swiftBic" -> "SWIFT/BIC";
            case "imoNumber" -> "IMO";
            default -> "Identification Number";
        };
    }

    /** ISO codes upper case for the model, lower case for FtM; other text unchanged. */
    static String countryToFtm(String c) {
        return c.length() == 2 && c.equals(c.toUpperCase(Locale.ROOT)) ? c.toLowerCase(Locale.ROOT) : c;
    }

    static String countryFromFtm(String c) {
        return c.length() == 2 && c.equals(c.toLowerCase(Locale.ROOT)) ? c.toUpperCase(Locale.ROOT) : c;
    }
}
