package dev.interdict.app.crash;

import dev.interdict.app.service.ActiveLists;
import dev.interdict.app.service.CustomerService;
import dev.interdict.app.service.ListService;
import dev.interdict.app.service.LoadedList;
import dev.interdict.model.Entity;
import dev.interdict.model.Name;
import dev.interdict.store.Customer;
import dev.interdict.store.Principal;
import dev.interdict.store.Role;
import dev.interdict.store.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The process {@link CrashContract} kills: it writes forever and prints {@code ACK ...} after each commit, the
 * way the server acknowledges a request only after its transaction committed.
 *
 * <p>{@code customers URL}: bulk imports of {@value #BATCH} customers each. {@code lists URL}: list versions of
 * {@value #ENTITIES} entities each, alternating two contents.
 */
public final class CrashChild {

    static final int BATCH = 500;
    static final int ENTITIES = 5_000;

    private CrashChild() {
    }

    public static void main(String[] args) {
        String mode = args[0];
        try (Store store = Store.open(args[1], 2)) {
            if (mode.equals("customers")) {
                long tenant = store.inTransaction(h -> store.tenants().getOrCreate(h, "crash", Instant.now(), null)
                        .id());
                Principal p = new Principal(tenant, "crash", Role.ANALYST, "test");
                CustomerService customers = new CustomerService(store, new ActiveLists(store), Clock.systemUTC());
                for (int b = 0; ; b++) {
                    List<Customer> batch = new ArrayList<>(BATCH);
                    for (int i = 0; i < BATCH; i++) {
                        batch.add(new Customer(String.format("b%05d-%04d", b, i), "Customer " + b + " " + i, null,
                                null, null));
                    }
                    customers.importCustomers(p, batch);
                    System.out.println("ACK " + b);
                    System.out.flush();
                }
            } else {
                ListService lists = new ListService(store, Clock.systemUTC());
                for (int v = 0; ; v++) {
                    List<Entity> entities = new ArrayList<>(ENTITIES);
                    for (int i = 0; i < ENTITIES; i++) {
                        entities.add(Entity.builder("crash-list", Integer.toString(i))
                                .name(Name.primary("Entity " + i + " round " + v)).build());
                    }
                    ListService.ImportResult r = lists.importList(new LoadedList("crash-list", "hash-" + v, "test",
                            entities, null), "test");
                    System.out.println("ACK " + r.versionId());
                    System.out.flush();
                }
            }
        }
    }
}
