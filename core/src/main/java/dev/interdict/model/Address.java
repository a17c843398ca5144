package dev.interdict.model;

/**
 * A postal address; any part may be {@code null}. {@code country} is an ISO 3166-1 alpha-2 code when the country
 * could be recognised (see {@link Countries}), else the source's text.
 */
public record Address(String street, String city, String region, String postalCode, String country) {

    /** The non-empty parts joined with ", ". */
    public String full() {
        StringBuilder b = new StringBuilder();
        for (String part : new String[] {street, city, region, postalCode, country}) {
            if (part != null && !part.isBlank()) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(part.strip());
            }
        }
        return b.toString();
    }
}
