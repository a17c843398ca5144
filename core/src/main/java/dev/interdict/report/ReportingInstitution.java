package dev.interdict.report;

/**
 * The financial institution filing a report, and whom OFAC should contact.
 *
 * @param name         legal name
 * @param address      full address
 * @param contactName  contact person
 * @param contactPhone phone
 * @param contactEmail e-mail
 */
public record ReportingInstitution(String name, String address, String contactName, String contactPhone,
        String contactEmail) {

    /** Placeholders to be filled in, for drafts. */
    public static ReportingInstitution unspecified() {
        return new ReportingInstitution("(reporting institution)", "(address)", "(contact)", "(phone)", "(e-mail)");
    }
}
