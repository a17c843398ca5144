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
 * An entity known only from {@code alt.csv} has no type, and is read from all its aliases: any alias in OFAC's
 * person form {@code LAST, First} (a comma, then a capitalised word in mixed case) makes it a PERSON; otherwise any
 * alias with a legal form makes it a COMPANY, as for an untyped row; anything else is a LEGAL_ENTITY, which every
 * query may match. On the typed SDN lists of 2019 and 2021 and the consolidated list of 2025 (read as if only their
 * aliases were known) these rules call no individual a company and no entity, vessel or aircraft a person
 * ({@code OfacSchemasTest}).
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

    /**
     * The schema of an entity known only by its aliases: PERSON when one is in the form {@code LAST, First}, else
     * COMPANY when one carries a legal form, else LEGAL_ENTITY.
     */
    public static Schema fromAliases(List<String> aliases) {
        if (aliases.stream().anyMatch(a -> PERSON_FORM.matcher(a).matches())) {
            return Schema.PERSON;
        }
        return aliases.stream().anyMatch(OfacSchemas::hasLegalForm) ? Schema.COMPANY : Schema.LEGAL_ENTITY;
    }
}
