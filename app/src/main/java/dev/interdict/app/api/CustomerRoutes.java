package dev.interdict.app.api;

import dev.interdict.app.service.CustomerRecords;
import dev.interdict.app.service.CustomerService;
import dev.interdict.store.Customer;
import dev.interdict.store.Customers;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Customers of the caller's tenant: bulk import (JSON lines or CSV), read, update, delete. */
final class CustomerRoutes {

    /** The largest import body: 64 MiB. */
    static final int MAX_IMPORT = 64 * 1024 * 1024;

    record CustomerIn(String id, String name, String schema, String birthDate, String country) {
    }

    record CustomerOut(String id, String name, String schema, String birthDate, String country, String dataHash,
            Instant createdAt, Instant updatedAt) {
        static CustomerOut of(Customers.Stored s) {
            Customer c = s.customer();
            return new CustomerOut(c.id(), c.name(), c.schema(), c.birthDate(), c.country(), s.dataHash(),
                    s.createdAt(), s.updatedAt());
        }
    }

    private CustomerRoutes() {
    }

    static List<Route> routes(Engines e) {
        return List.of(
                Route.post("/api/v1/customers", Permission.CUSTOMERS_WRITE, MAX_IMPORT,
                        "Import customers (JSON lines, or CSV with Content-Type text/csv); each new or changed"
                                + " customer is screened", (ctx, p) -> {
                            String body = Bodies.text(ctx);
                            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase();
                            List<Customer> customers = type.startsWith("text/csv") ? CustomerRecords.csv(body)
                                    : CustomerRecords.jsonLines(body);
                            if (customers.isEmpty()) {
                                throw ApiException.badRequest("no customers in the body");
                            }
                            Bodies.send(ctx, 200, e.customers().importCustomers(p, customers));
                        }),
                Route.get("/api/v1/customers", Permission.CUSTOMERS_READ,
                        "List customers by id (after, limit <= 1000)", (ctx, p) -> {
                            int limit = Bodies.intParam(ctx, "limit", 100, 1, 1000);
                            String after = ctx.queryParam("after");
                            List<CustomerOut> page = e.store().withHandle(h -> e.store().customers()
                                    .page(h, p.tenantId(), after, limit)).stream().map(CustomerOut::of).toList();
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("customers", page);
                            out.put("next_after", page.size() == limit ? page.get(page.size() - 1).id() : null);
                            Bodies.send(ctx, 200, out);
                        }),
                Route.get("/api/v1/customers/{id}", Permission.CUSTOMERS_READ, "Read one customer",
                        (ctx, p) -> Bodies.send(ctx, 200, CustomerOut.of(find(e, ctx, p.tenantId())))),
                Route.put("/api/v1/customers/{id}", Permission.CUSTOMERS_WRITE, Route.SMALL_BODY,
                        "Create or update one customer; screened when its data changed", (ctx, p) -> {
                            CustomerIn in = Bodies.json(ctx, CustomerIn.class);
                            String id = ctx.pathParam("id");
                            if (in.id() != null && !in.id().equals(id)) {
                                throw ApiException.badRequest("body id '" + in.id() + "' differs from path id");
                            }
                            Customer c = new Customer(id, in.name() == null ? "" : in.name(), in.schema(),
                                    in.birthDate(), in.country());
                            CustomerService.ImportSummary s = e.customers().importCustomers(p, List.of(c));
                            Bodies.send(ctx, s.created() == 1 ? 201 : 200, s);
                        }),
                Route.delete("/api/v1/customers/{id}", Permission.CUSTOMERS_WRITE,
                        "Delete one customer (its alerts and decisions are kept)", (ctx, p) -> {
                            if (!e.customers().delete(p, ctx.pathParam("id"))) {
                                throw ApiException.notFound("no customer '" + ctx.pathParam("id") + "'");
                            }
                            ctx.status(204);
                        }));
    }

    private static Customers.Stored find(Engines e, Context ctx, long tenantId) {
        String id = ctx.pathParam("id");
        return e.store().withHandle(h -> e.store().customers().get(h, tenantId, id))
                .orElseThrow(() -> ApiException.notFound("no customer '" + id + "'"));
    }
}
