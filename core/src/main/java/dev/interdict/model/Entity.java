package dev.interdict.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One designated party, in the one model every list is read into (after FollowTheMoney). Immutable: build one
 * with {@link #builder(String, String)}.
 *
 * @param id            unique across lists: {@code list + ":" + sourceId}, e.g. {@code ofac-sdn:17671}
 * @param list          the list key, e.g. {@code ofac-sdn}, {@code ofac-cons}, {@code un-sc}
 * @param sourceId      the list's own identifier: OFAC ent_num ({@code 17671}), UN reference ({@code QDi.001})
 * @param schema        what kind of thing it is
 * @param names         primary name first, then aliases
 * @param birthDates    dates of birth (persons) or of incorporation
 * @param birthPlaces   places of birth as written
 * @param nationalities ISO 3166-1 alpha-2 codes (or the source's text when unrecognised)
 * @param citizenships  ISO 3166-1 alpha-2 codes (or the source's text when unrecognised)
 * @param gender        {@code male}, {@code female} or {@code null}
 * @param addresses     postal addresses
 * @param identifiers   passports, national IDs, tax numbers, BICs, IMO numbers, wallet addresses, ...
 * @param programs      sanctions programs, e.g. {@code SDNTK}, {@code FTO}, {@code ILLICIT-DRUGS-EO14059}
 * @param relationships links to other entities
 * @param emails        e-mail addresses
 * @param phones        phone numbers
 * @param websites      websites
 * @param properties    everything else the source states, by name (title, vessel flag, call sign, ...), sorted
 * @param remarks       the source's free-text remarks, or {@code null}
 */
public record Entity(
        String id,
        String list,
        String sourceId,
        Schema schema,
        List<Name> names,
        List<BirthDate> birthDates,
        List<String> birthPlaces,
        List<String> nationalities,
        List<String> citizenships,
        String gender,
        List<Address> addresses,
        List<Identifier> identifiers,
        List<String> programs,
        List<Relationship> relationships,
        List<String> emails,
        List<String> phones,
        List<String> websites,
        Map<String, List<String>> properties,
        String remarks) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(schema, "schema");
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("entity " + id + " needs at least one name");
        }
        names = List.copyOf(names);
        birthDates = copy(birthDates);
        birthPlaces = copy(birthPlaces);
        nationalities = copy(nationalities);
        citizenships = copy(citizenships);
        addresses = copy(addresses);
        identifiers = copy(identifiers);
        programs = copy(programs);
        relationships = copy(relationships);
        emails = copy(emails);
        phones = copy(phones);
        websites = copy(websites);
        Map<String, List<String>> props = new TreeMap<>();
        if (properties != null) {
            properties.forEach((k, v) -> props.put(k, List.copyOf(v)));
        }
        properties = Collections.unmodifiableMap(props);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** The primary name, as shown to an analyst. */
    public String caption() {
        return names.get(0).value();
    }

    /** Nationalities and citizenships together, without repeats. */
    public List<String> countries() {
        List<String> all = new ArrayList<>(nationalities);
        for (String c : citizenships) {
            if (!all.contains(c)) {
                all.add(c);
            }
        }
        return all;
    }

    public static Builder builder(String list, String sourceId) {
        return new Builder(list, sourceId);
    }

    public Builder toBuilder() {
        Builder b = new Builder(list, sourceId);
        b.id = id;
        b.schema = schema;
        b.names.addAll(names);
        b.birthDates.addAll(birthDates);
        b.birthPlaces.addAll(birthPlaces);
        b.nationalities.addAll(nationalities);
        b.citizenships.addAll(citizenships);
        b.gender = gender;
        b.addresses.addAll(addresses);
        b.identifiers.addAll(identifiers);
        b.programs.addAll(programs);
        b.relationships.addAll(relationships);
        b.emails.addAll(emails);
        b.phones.addAll(phones);
        b.websites.addAll(websites);
        properties.forEach((k, v) -> b.properties.put(k, new ArrayList<>(v)));
        b.remarks = remarks;
        return b;
    }

    /** Collects an entity's parts; lists drop repeated values. */
    public static final class Builder {
        private final String list;
        private final String sourceId;
        private String id;
        private Schema schema = Schema.LEGAL_ENTITY;
        private final List<Name> names = new ArrayList<>();
        private final List<BirthDate> birthDates = new ArrayList<>();
        private final List<String> birthPlaces = new ArrayList<>();
        private final List<String> nationalities = new ArrayList<>();
        private final List<String> citizenships = new ArrayList<>();
        private String gender;
        private final List<Address> addresses = new ArrayList<>();
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<String> programs = new ArrayList<>();
        private final List<Relationship> relationships = new ArrayList<>();
        private final List<String> emails = new ArrayList<>();
        private final List<String> phones = new ArrayList<>();
        private final List<String> websites = new ArrayList<>();
        private final Map<String, List<String>> properties = new LinkedHashMap<>();
        private String remarks;

        private Builder(String list, String sourceId) {
            this.list = Objects.requireNonNull(list, "list");
            this.sourceId = Objects.requireNonNull(sourceId, "sourceId");
        }

        private static <T> void addNew(List<T> to, T value) {
            if (value != null && !to.contains(value)) {
                to.add(value);
            }
        }

        public Builder id(String id) { this.id = id; return this; }
        public Builder schema(Schema schema) { this.schema = Objects.requireNonNull(schema, "schema"); return this; }
        public Schema schema() { return schema; }
        public Builder name(Name name) {
            for (Name n : names) {
                if (n.value().equals(name.value())) {
                    return this;
                }
            }
            names.add(name);
            return this;
        }
        public List<Name> names() { return names; }
        public Builder birthDate(BirthDate d) { addNew(birthDates, d); return this; }
        public Builder birthPlace(String p) { addNew(birthPlaces, p); return this; }
        public Builder nationality(String c) { addNew(nationalities, c); return this; }
        public Builder citizenship(String c) { addNew(citizenships, c); return this; }
        public Builder gender(String g) { this.gender = g; return this; }
        public Builder address(Address a) { addNew(addresses, a); return this; }
        public Builder identifier(Identifier i) { addNew(identifiers, i); return this; }
        public Builder program(String p) { addNew(programs, p); return this; }
        public Builder relationship(Relationship r) { addNew(relationships, r); return this; }
        public Builder email(String e) { addNew(emails, e); return this; }
        public Builder phone(String p) { addNew(phones, p); return this; }
        public Builder website(String w) { addNew(websites, w); return this; }
        public Builder property(String key, String value) {
            if (value != null && !value.isBlank()) {
                addNew(properties.computeIfAbsent(key, k -> new ArrayList<>()), value.strip());
            }
            return this;
        }
        public Builder remarks(String r) { this.remarks = r; return this; }

        public Entity build() {
            String theId = id != null ? id : list + ":" + sourceId;
            return new Entity(theId, list, sourceId, schema, names, birthDates, birthPlaces, nationalities,
                    citizenships, gender, addresses, identifiers, programs, relationships, emails, phones, websites,
                    properties, remarks);
        }
    }
}
