package dev.interdict.lists.ofac;

import dev.interdict.model.Schema;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@link Schema} an OFAC row is, kept simple:
 * <ol>
 *   <li>SDN_Type {@code individual} → PERSON, {@code vessel} → VESSEL, {@code aircraft} → AIRCRAFT;</li>
 *   <li>otherwise a name with a legal form ({@code S.A. DE C.V.}, {@code LTD}, {@code LLC}, {@code GMBH},
 *       {@code S.A.}, {@code INC}, {@code CO.}, {@code CORP}, ...) → COMPANY;</li>
 *   <li>otherwise remarks with "Organization Type:" or a program {@code FTO} or {@code SDGT} → ORGANIZATION;</li>
 *   <li>otherwise LEGAL_ENTITY.</li>
 * </ol>
 * An entity known only from {@code alt.csv} has no type: a name in OFAC's person form {@code LAST, First} (a comma,
 * then a capitalised word in mixed case) is a PERSON, anything else a LEGAL_ENTITY.
 */
public final class OfacSchemas {

    private static final Pattern LEGAL_FORM = Pattern.compile("(?<![A-Z0-9])(S\\.A\\. DE C\\.V\\.|S\\. ?DE R\\.L\\."
            + "|S\\.A\\.S\\.|S\\.A\\.|S\\.L\\.|S\\.R\\.L\\.|S\\.P\\.A\\.|SPA|LTDA?\\.?|LIMITED|L\\.?L\\.?C\\.?|GMBH"
            + "|INC\\.?|INCORPORATED|CO\\.|CORP\\.?|CORPORATION|COMPANY|PLC|P\\.?J\\.?S\\.?C\\.?|OAO|PAO|AO|OJSC|CJSC|PJSC|JSC|OOO|ZAO"
            + "|B\\.V\\.|N\\.V\\.|AG|LLP|PTE|SDN\\.? BHD\\.?|FZE|FZCO|FZ-LLC|CIA\\.?|Y CIA\\.|S\\. EN C\\.)(?![A-Z0-9])");
    private static final Pattern PERSON_FORM = Pattern.compile("^[^,]+, \\p{Lu}\\p{Ll}.*");

    private OfacSchemas() {
    }

    /** The schema of a row with SDN_Type {@code type} ({@code null} for -0-), primary name, programs and remarks. */
    public static Schema of(String type, String name, List<String> programs, boolean hasOrganizationType) {
        if (type != null) {
            switch (type.strip().toLowerCase(Locale.ROOT)) {
                case "individual" -> { return Schema.PERSON; }
                case "vessel" -> { return Schema.VESSEL; }
                case "aircraft" -> { return Schema.AIRCRAFT; }
                default -> throw new IllegalArgumentException("SDN_Type '" + type
                        + "' is none of individual, vessel, aircraft or -0- (entity)");
            }
        }
        if (hasLegalForm(name)) {
            return Schema.COMPANY;
        }
        if (hasOrganizationType || programs.contains("FTO") || programs.contains("SDGT")) {
            return Schema.ORGANIZATION;
        }
        return Schema.LEGAL_ENTITY;
    }

    /** Whether {@code name} carries a company legal form. */
    public static boolean hasLegalForm(String name) {
        return LEGAL_FORM.matcher(name.toUpperCase(Locale.ROOT)).find();
    }

    /** The schema of an entity known only by an alias: PERSON for {@code LAST, First}, else LEGAL_ENTITY. */
    public static Schema fromAlias(String name) {
        return PERSON_FORM.matcher(name).matches() ? Schema.PERSON : Schema.LEGAL_ENTITY;
    }
}
