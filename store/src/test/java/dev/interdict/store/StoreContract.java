package dev.interdict.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interdict.model.Address;
import dev.interdict.model.BirthDate;
import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.PartialDate;
import dev.interdict.model.Relationship;
import dev.interdict.model.Schema;
import dev.interdict.store.internal.Json;
import java.time.Instant;
import org.jdbi.v3.core.Handle;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The persistence suite, written once and run against every database: {@code H2StoreTest} (always) and
 * {@code PostgresStoreIT} (with {@code INTERDICT_TEST_PG_URL}).
 */
abstract class StoreContract {

    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    Store store;

    abstract Store open();

    @BeforeEach
    void setUp() {
        store = open();
    }

    @AfterEach
    void tearDown() {
        if (store != null) { // null when the database was not available and the test was skipped
            store.close();
        }
    }

    long tenant(String name) {
        return store.inTransaction((Handle h) -> store.tenants().getOrCreate(h, name, T0, null).id());
    }

    static Entity entity(String sourceId, String name, String... programs) {
        Entity.Builder b = Entity.builder("test-list", sourceId).schema(Schema.PERSON).name(Name.primary(name));
        for (String p : programs) {
            b.program(p);
        }
        return b.build();
    }

    long importVersion(String name, List<Entity> entities) {
        return store.inTransaction((Handle h) -> {
            long id = store.lists().insert(h, name, "hash-" + entities.hashCode(), "test", T0, entities, null);
            store.lists().activate(h, id, T0);
            return id;
        });
    }

    @Test
    void tenantsAreCreatedOnce() {
        long a = tenant("bank-a");
        assertThat(tenant("bank-a")).isEqualTo(a);
        assertThat(tenant("bank-b")).isNotEqualTo(a);
        assertThat(store.withHandle((Handle h) -> store.tenants().all(h))).hasSize(2);
    }

    @Test
    void apiKeysAreStoredHashedAndRevocable() {
        long t = tenant("bank-a");
        ApiKeys.NewKey key = store.inTransaction((Handle h) -> store.apiKeys().create(h, t, Role.ANALYST, "ci", T0));
        assertThat(key.key()).startsWith("idk_").hasSizeGreaterThan(40);
        String stored = store.withHandle((Handle h) -> h.createQuery("SELECT key_hash FROM api_keys").mapTo(String.class).one());
        assertThat(stored).isNotEqualTo(key.key()).hasSize(64);
        Principal p = store.withHandle((Handle h) -> store.apiKeys().authenticate(h, key.key())).orElseThrow();
        assertThat(p.tenantId()).isEqualTo(t);
        assertThat(p.role()).isEqualTo(Role.ANALYST);
        assertThat(p.actor()).isEqualTo("key:" + key.prefix());
        assertThat(store.withHandle((Handle h) -> store.apiKeys().authenticate(h, key.key() + "x"))).isEmpty();
        assertThat(store.inTransaction((Handle h) -> store.apiKeys().revoke(h, t, key.prefix(), T0))).isTrue();
        assertThat(store.withHandle((Handle h) -> store.apiKeys().authenticate(h, key.key()))).isEmpty();
    }

    @Test
    void usersAuthenticateWithTheirPasswordOnly() {
        long t = tenant("bank-a");
        store.inTransaction((Handle h) -> store.users().create(h, t, "alice", "correct horse battery".toCharArray(),
                Role.SUPERVISOR, T0));
        String hash = store.withHandle((Handle h) -> h.createQuery("SELECT password_hash FROM users").mapTo(String.class).one());
        assertThat(hash).startsWith("pbkdf2-sha256$210000$").doesNotContain("correct");
        assertThat(store.withHandle((Handle h) -> store.users().authenticate(h, "alice", "correct horse battery".toCharArray())))
                .hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(Role.SUPERVISOR));
        assertThat(store.withHandle((Handle h) -> store.users().authenticate(h, "alice", "wrong password!!".toCharArray())))
                .isEmpty();
        assertThat(store.withHandle((Handle h) -> store.users().authenticate(h, "bob", "correct horse battery".toCharArray())))
                .isEmpty();
    }

    @Test
    void entitiesRoundTripThroughJson() {
        Entity e = Entity.builder("ofac-sdn", "17671").schema(Schema.ORGANIZATION)
                .name(Name.primary("CARTEL DE JALISCO NUEVA GENERACION")).name(Name.alias("CJNG"))
                .name(Name.weak("Los Mata Zetas"))
                .birthDate(new BirthDate(PartialDate.ofYear(1966), PartialDate.ofYear(1968), true))
                .birthDate(BirthDate.parse("1966-07-17")).nationality("MX").citizenship("MX")
                .address(new Address("Calle 1", "Guadalajara", "Jalisco", null, "MX"))
                .identifier(new Identifier("R.F.C.", "OECN-660717", "MX", "(individual)"))
                .program("SDNTK").program("FTO").relationship(new Relationship("linked_to", "ofac-sdn:1", null))
                .property("title", "Leader").remarks("test").build();
        long v = importVersion("ofac-sdn", List.of(e));
        List<ListVersions.StoredEntity> back = store.withHandle((Handle h) -> store.lists().entities(h, v));
        assertThat(back).hasSize(1);
        assertThat(back.get(0).entity()).isEqualTo(e);
        assertThat(back.get(0).contentHash()).isEqualTo(Json.contentHash(e));
    }

    @Test
    void activatingAVersionRetiresThePreviousOneAndDiffsAgainstIt() {
        long v1 = importVersion("test-list", List.of(entity("1", "ANA"), entity("2", "BOB"), entity("3", "CY")));
        long v2 = importVersion("test-list", List.of(entity("1", "ANA"), entity("2", "BOB", "SDGT"),
                entity("4", "DAN")));
        List<ListVersions.Version> all = store.withHandle((Handle h) -> store.lists().all(h));
        assertThat(all).extracting(ListVersions.Version::id).containsExactly(v2, v1);
        assertThat(all.get(0).active()).isTrue();
        assertThat(all.get(0).previousId()).isEqualTo(v1);
        assertThat(all.get(1).active()).isFalse();
        assertThat(store.withHandle((Handle h) -> store.lists().changedSince(h, v2, v1)))
                .extracting(s -> s.entity().sourceId()).containsExactlyInAnyOrder("2", "4");
        assertThat(store.withHandle((Handle h) -> store.lists().pendingRescreen(h))).extracting(ListVersions.Version::id)
                .containsExactly(v2);
        store.inTransaction((Handle h) -> {
            store.lists().markRescreened(h, v2, T0);
            return null;
        });
        assertThat(store.withHandle((Handle h) -> store.lists().pendingRescreen(h))).isEmpty();
    }

    @Test
    void aFailedImportLeavesTheActiveVersionUntouched() {
        long v1 = importVersion("test-list", List.of(entity("1", "ANA")));
        // the same entity twice violates the primary key half way through: the whole version must roll back
        assertThatThrownBy(() -> importVersion("test-list", List.of(entity("2", "BOB"), entity("2", "BOB"))))
                .isInstanceOf(RuntimeException.class);
        List<ListVersions.Version> all = store.withHandle((Handle h) -> store.lists().all(h));
        assertThat(all).extracting(ListVersions.Version::id).containsExactly(v1);
        assertThat(all.get(0).active()).isTrue();
        int rows = store.withHandle((Handle h) -> h.createQuery("SELECT COUNT(*) FROM list_entities").mapTo(Integer.class).one());
        assertThat(rows).isEqualTo(1);
    }

    @Test
    void customersUpsertByHashAndStayInTheirTenant() {
        long a = tenant("bank-a");
        long b = tenant("bank-b");
        Customer c = new Customer("c1", "Ana Lopez", "Person", "1970-01-02", "MX");
        assertThat(store.inTransaction((Handle h) -> store.customers().upsert(h, a, c, T0))).isEqualTo(Customers.Change.CREATED);
        assertThat(store.inTransaction((Handle h) -> store.customers().upsert(h, a, c, T0)))
                .isEqualTo(Customers.Change.UNCHANGED);
        Customer moved = new Customer("c1", "Ana Lopez", "Person", "1970-01-02", "ES");
        assertThat(store.inTransaction((Handle h) -> store.customers().upsert(h, a, moved, T0)))
                .isEqualTo(Customers.Change.UPDATED);
        assertThat(store.withHandle((Handle h) -> store.customers().get(h, a, "c1"))).hasValueSatisfying(s -> {
            assertThat(s.customer()).isEqualTo(moved);
            assertThat(s.dataHash()).isEqualTo(moved.dataHash()).isNotEqualTo(c.dataHash());
        });
        assertThat(store.withHandle((Handle h) -> store.customers().get(h, b, "c1"))).isEmpty();
        assertThat(store.inTransaction((Handle h) -> store.customers().delete(h, b, "c1"))).isFalse();
        assertThat(store.inTransaction((Handle h) -> store.customers().upsert(h, b, c, T0))).isEqualTo(Customers.Change.CREATED);
        assertThat(store.withHandle((Handle h) -> store.customers().scan(h, 0, "", 10))).hasSize(2);
        assertThat(store.withHandle((Handle h) -> store.customers().scan(h, a, "c1", 10))).extracting(Customers.Stored::tenantId)
                .containsExactly(b);
        assertThat(store.inTransaction((Handle h) -> store.customers().delete(h, a, "c1"))).isTrue();
        assertThat(store.withHandle((Handle h) -> store.customers().page(h, a, "", 10))).isEmpty();
    }

    Alert.Candidate candidate(Customer c, Entity e) {
        return new Alert.Candidate(c.id(), c.dataHash(), e.id(), Json.contentHash(e), e.list(), e.sourceId(),
                e.caption(), e.caption(), 0.91, "{\"score\":0.91}", null);
    }

    @Test
    void alertsAreRaisedOnlyForNewMatchesAndFalsePositivesSuppressUntilDataChanges() {
        long a = tenant("bank-a");
        long b = tenant("bank-b");
        Entity e = entity("1", "ANA LOPEZ");
        importVersion("test-list", List.of(e));
        Customer c = new Customer("c1", "Ana Lopez", null, null, null);
        store.inTransaction((Handle h) -> store.customers().upsert(h, a, c, T0));
        long id = store.inTransaction((Handle h) -> store.alerts().raiseIfNew(h, a, candidate(c, e), T0)).orElseThrow();
        assertThat(store.inTransaction((Handle h) -> store.alerts().raiseIfNew(h, a, candidate(c, e), T0))).isEmpty();

        Alert alert = store.withHandle((Handle h) -> store.alerts().get(h, a, id)).orElseThrow();
        assertThat(store.withHandle((Handle h) -> store.alerts().get(h, b, id))).isEmpty();
        store.inTransaction((Handle h) -> store.alerts().decide(h, alert, Alert.FALSE_POSITIVE, "different person", "u", T0));
        assertThatThrownBy(() -> store.inTransaction((Handle h) -> store.alerts().decide(h, alert, Alert.TRUE_MATCH, "x", "u",
                T0))).isInstanceOf(IllegalStateException.class);
        // suppressed: the same pair with the same data raises nothing
        assertThat(store.inTransaction((Handle h) -> store.alerts().raiseIfNew(h, a, candidate(c, e), T0))).isEmpty();
        List<Alerts.Suppression> sup = store.withHandle((Handle h) -> store.alerts().suppressions(h, a, 0, 10));
        assertThat(sup).hasSize(1);
        assertThat(sup.get(0).active()).isTrue();
        assertThat(store.withHandle((Handle h) -> store.alerts().suppressions(h, b, 0, 10))).isEmpty();
        assertThat(store.withHandle((Handle h) -> store.alerts().decisions(h, a, id))).singleElement()
                .satisfies(d -> assertThat(d.reason()).isEqualTo("different person"));

        // the customer's data changes: the suppression lapses and the match alerts again
        Customer changed = new Customer("c1", "Ana Lopez", null, "1980", null);
        store.inTransaction((Handle h) -> store.customers().upsert(h, a, changed, T0));
        assertThat(store.withHandle((Handle h) -> store.alerts().suppressions(h, a, 0, 10)).get(0).active()).isFalse();
        assertThat(store.inTransaction((Handle h) -> store.alerts().raiseIfNew(h, a, candidate(changed, e), T0))).isPresent();
    }

    @Test
    void aRevokedSuppressionReopensItsAlertAndAnotherTenantCannotRevokeIt() {
        long a = tenant("bank-a");
        long b = tenant("bank-b");
        Entity e = entity("1", "ANA LOPEZ");
        importVersion("test-list", List.of(e));
        Customer c = new Customer("c1", "Ana Lopez", null, null, null);
        store.inTransaction((Handle h) -> store.customers().upsert(h, a, c, T0));
        long id = store.inTransaction((Handle h) -> store.alerts().raiseIfNew(h, a, candidate(c, e), T0)).orElseThrow();
        Alert alert = store.withHandle((Handle h) -> store.alerts().get(h, a, id)).orElseThrow();
        store.inTransaction((Handle h) -> store.alerts().decide(h, alert, Alert.FALSE_POSITIVE, "no", "u", T0));
        long sid = store.withHandle((Handle h) -> store.alerts().suppressions(h, a, 0, 10)).get(0).id();
        assertThat(store.inTransaction((Handle h) -> store.alerts().revokeSuppression(h, b, sid, "x", "y", T0))).isFalse();
        assertThat(store.inTransaction((Handle h) -> store.alerts().revokeSuppression(h, a, sid, "sup", "recheck", T0)))
                .isTrue();
        assertThat(store.withHandle((Handle h) -> store.alerts().get(h, a, id)).orElseThrow().status()).isEqualTo(Alert.OPEN);
        Alerts.Suppression s = store.withHandle((Handle h) -> store.alerts().suppression(h, a, sid)).orElseThrow();
        assertThat(s.active()).isFalse();
        assertThat(s.revokedBy()).isEqualTo("sup");
        assertThat(store.withHandle((Handle h) -> store.alerts().list(h, a, new Alerts.Filter("open", null, null, null, 0, 10))))
                .hasSize(1);
        assertThat(store.withHandle((Handle h) -> store.alerts().list(h, b, new Alerts.Filter(null, null, null, null, 0, 10))))
                .isEmpty();
    }

    @Test
    void theAuditChainVerifiesAndDetectsEditsAndDeletions() {
        long a = tenant("bank-a");
        for (int i = 0; i < 5; i++) {
            int n = i;
            store.inTransaction((Handle h) -> store.audit().append(h, a, "key:x", "test.event", "s" + n, Map.of("n", n), T0));
        }
        AuditLog.Verification ok = store.withHandle((Handle h) -> store.audit().verify(h));
        assertThat(ok.ok()).as(ok.problems().toString()).isTrue();
        assertThat(ok.entries()).isEqualTo(5);

        store.useHandle((Handle h) -> h.execute("UPDATE audit_log SET subject = 'forged' WHERE seq = 3"));
        assertThat(store.withHandle((Handle h) -> store.audit().verify(h)).problems()).anyMatch(p -> p.contains("entry 3"));
        store.useHandle((Handle h) -> h.execute("UPDATE audit_log SET subject = 's2' WHERE seq = 3"));
        assertThat(store.withHandle((Handle h) -> store.audit().verify(h)).ok()).isTrue();

        store.useHandle((Handle h) -> h.execute("DELETE FROM audit_log WHERE seq = 2"));
        assertThat(store.withHandle((Handle h) -> store.audit().verify(h)).problems()).anyMatch(p -> p.contains("missing"));
    }

    @Test
    void deletingTheLastAuditEntriesIsDetected() {
        for (int i = 0; i < 3; i++) {
            store.inTransaction((Handle h) -> store.audit().append(h, null, "cli", "test.event", null, Map.of(), T0));
        }
        store.useHandle((Handle h) -> h.execute("DELETE FROM audit_log WHERE seq = 3"));
        assertThat(store.withHandle((Handle h) -> store.audit().verify(h)).problems()).anyMatch(p -> p.contains("head"));
    }
}
