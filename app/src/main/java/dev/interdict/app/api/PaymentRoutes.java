package dev.interdict.app.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interdict.app.service.Payments;
import dev.interdict.payments.DecisionJson;
import dev.interdict.payments.ledger.BlockedFundsLedger;
import dev.interdict.payments.ledger.BlockedProperty;
import dev.interdict.payments.ledger.FourEyesException;
import dev.interdict.payments.ledger.LedgerException;
import dev.interdict.payments.ledger.LedgerJson;
import dev.interdict.payments.ledger.Status;
import dev.interdict.report.BlockedPropertyReport;
import dev.interdict.report.ReportingInstitution;
import dev.interdict.store.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/v1/payments/screen} (one raw ISO 20022 or SWIFT MT message; a BLOCK goes on the tenant's
 * blocked-funds ledger) and the ledger: list, read, release or transfer under a licence with a second principal's
 * approval (four-eyes), and the OFAC blocked-property report.
 */
final class PaymentRoutes {

    /** The largest payment message accepted: 10 MiB. */
    static final int MAX_MESSAGE = 10 * 1024 * 1024;

    record ReleaseIn(String licence, String note, String transferTo) {
    }

    record DenyIn(String reason) {
    }

    private PaymentRoutes() {
    }

    static List<Route> routes(Engines e) {
        Payments pay = e.payments();
        return List.of(
                Route.post("/api/v1/payments/screen", Permission.PAYMENTS_SCREEN, MAX_MESSAGE,
                        "Screen one payment message (ISO 20022 XML or SWIFT MT; Content-Type application/xml or"
                                + " text/plain): one decision PASS|HOLD|BLOCK|REJECT per transaction; an unreadable"
                                + " message is held; a BLOCK is put on the blocked-funds ledger", (ctx, p) -> {
                            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
                            if (!type.isEmpty() && !type.startsWith("application/xml") && !type.startsWith("text/xml")
                                    && !type.startsWith("text/plain")
                                    && !type.startsWith("application/octet-stream")) {
                                throw new ApiException(415, "send the message as application/xml or text/plain, not "
                                        + ctx.contentType());
                            }
                            byte[] raw = Bodies.bytes(ctx);
                            Payments.Screened s = pay.screen(p, raw);
                            ArrayNode decisions = DecisionJson.decisions(s.decisions());
                            for (int i = 0; i < decisions.size(); i++) {
                                if (s.ledgerIds().get(i) != null) {
                                    ((ObjectNode) decisions.get(i)).put("ledger_id", s.ledgerIds().get(i));
                                }
                            }
                            Map<String, Object> out = new LinkedHashMap<>();
                            out.put("decisions", decisions);
                            out.put("list_versions", e.lists().current().versions().stream().map(v -> v.id())
                                    .toList());
                            Bodies.send(ctx, 200, out);
                        }),
                Route.get("/api/v1/ledger", Permission.LEDGER_READ,
                        "List the tenant's blocked-property records (status; open=true for still blocked), with"
                                + " the OFAC report due date", (ctx, p) -> {
                            String status = ctx.queryParam("status");
                            Status st = null;
                            if (status != null) {
                                try {
                                    st = Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
                                } catch (IllegalArgumentException ex) {
                                    throw ApiException.badRequest("status must be one of " + List.of(Status.values()));
                                }
                            }
                            boolean openOnly = "true".equalsIgnoreCase(ctx.queryParam("open"));
                            Status want = st;
                            List<BlockedProperty> records = pay.read(p.tenantId(), BlockedFundsLedger::records);
                            List<ObjectNode> out = records.stream()
                                    .filter(r -> want == null || r.status() == want)
                                    .filter(r -> !openOnly || r.status().isOpen())
                                    .map(PaymentRoutes::summary).toList();
                            Bodies.send(ctx, 200, Map.of("records", out));
                        }),
                Route.get("/api/v1/ledger/{id}", Permission.LEDGER_READ,
                        "Read one blocked-property record with its history", (ctx, p) -> {
                            String id = ctx.pathParam("id");
                            ObjectNode out = pay.read(p.tenantId(), l -> {
                                BlockedProperty r = l.get(id).orElseThrow(() -> notFound(id));
                                ObjectNode n = LedgerJson.record(r);
                                ArrayNode events = n.putArray("events");
                                l.auditTrail(id).forEach(ev -> events.add(LedgerJson.event(ev).without("record")));
                                return n;
                            });
                            Bodies.send(ctx, 200, out);
                        }),
                Route.post("/api/v1/ledger/{id}/release", Permission.LEDGER_RELEASE, Route.SMALL_BODY,
                        "Request the release (or, with transfer_to, the transfer) of blocked funds under an OFAC"
                                + " licence; another principal must approve", (ctx, p) -> {
                            String id = ctx.pathParam("id");
                            ReleaseIn in = Bodies.json(ctx, ReleaseIn.class);
                            if (in.licence() == null || in.licence().isBlank() || in.licence().length() > 200) {
                                throw ApiException.badRequest("licence (the OFAC licence reference) is required,"
                                        + " 1..200 characters");
                            }
                            if (in.note() != null && in.note().length() > 4000) {
                                throw ApiException.badRequest("note must be at most 4000 characters");
                            }
                            boolean transfer = in.transferTo() != null && !in.transferTo().isBlank();
                            BlockedProperty r = step(pay, p, id, (l, h) -> {
                                BlockedProperty done = transfer
                                        ? l.requestTransfer(id, in.licence().strip(), p.actor(), in.transferTo().strip(),
                                                in.note())
                                        : l.requestRelease(id, in.licence().strip(), p.actor(), in.note());
                                Map<String, Object> detail = new LinkedHashMap<>();
                                detail.put("licence", in.licence().strip());
                                detail.put("kind", transfer ? "transfer" : "release");
                                if (transfer) {
                                    detail.put("transfer_to", in.transferTo().strip());
                                }
                                e.store().audit().append(h, p.tenantId(), p.actor(), "ledger.request", "ledger:" + id,
                                        detail, e.clock().instant());
                                return done;
                            });
                            Bodies.send(ctx, 200, LedgerJson.record(r).without("raw"));
                        }),
                Route.post("/api/v1/ledger/{id}/approve", Permission.LEDGER_RELEASE, Route.SMALL_BODY,
                        "Approve the pending release or transfer; the approver must be another principal than"
                                + " the requester (four-eyes, else 409)", (ctx, p) -> {
                            String id = ctx.pathParam("id");
                            Bodies.bytes(ctx); // no body needed; read within the limit
                            BlockedProperty r = step(pay, p, id, (l, h) -> {
                                BlockedProperty done = l.approve(id, p.actor());
                                e.store().audit().append(h, p.tenantId(), p.actor(), "ledger.approve", "ledger:" + id,
                                        Map.of("status", done.status().name(), "licence", String.valueOf(
                                                done.licence())), e.clock().instant());
                                return done;
                            });
                            Bodies.send(ctx, 200, LedgerJson.record(r).without("raw"));
                        }),
                Route.post("/api/v1/ledger/{id}/deny", Permission.LEDGER_RELEASE, Route.SMALL_BODY,
                        "Deny the pending release or transfer, with a reason (another principal than the"
                                + " requester); the funds stay blocked", (ctx, p) -> {
                            String id = ctx.pathParam("id");
                            DenyIn in = Bodies.json(ctx, DenyIn.class);
                            if (in.reason() == null || in.reason().isBlank() || in.reason().length() > 4000) {
                                throw ApiException.badRequest("reason is required (1..4000 characters)");
                            }
                            BlockedProperty r = step(pay, p, id, (l, h) -> {
                                BlockedProperty done = l.deny(id, p.actor(), in.reason().strip());
                                e.store().audit().append(h, p.tenantId(), p.actor(), "ledger.deny", "ledger:" + id,
                                        Map.of("reason", in.reason().strip()), e.clock().instant());
                                return done;
                            });
                            Bodies.send(ctx, 200, LedgerJson.record(r).without("raw"));
                        }),
                Route.get("/api/v1/ledger/{id}/report", Permission.LEDGER_READ,
                        "The OFAC initial report of blocked property (31 CFR 501.603) for one record, as JSON",
                        (ctx, p) -> {
                            String id = ctx.pathParam("id");
                            ObjectNode report = pay.step(p, (l, h) -> {
                                BlockedProperty r = l.get(id).orElseThrow(() -> notFound(id));
                                LocalDate today = LocalDate.ofInstant(e.clock().instant(), l.zone());
                                ObjectNode n = BlockedPropertyReport.json(r, ReportingInstitution.unspecified(), today);
                                e.store().audit().append(h, p.tenantId(), p.actor(), "ledger.report", "ledger:" + id,
                                        Map.of("report_date", today.toString(), "report_due", r.reportDue()
                                                .toString()), e.clock().instant());
                                return n;
                            });
                            Bodies.send(ctx, 200, report);
                        }));
    }

    /** The list view of a record: without the raw message and parties. */
    static ObjectNode summary(BlockedProperty r) {
        ObjectNode n = LedgerJson.record(r);
        n.remove(List.of("raw", "parties", "hits"));
        return n;
    }

    private static <T> T step(Payments pay, Principal p, String id, Payments.Step<T> step) {
        try {
            return pay.step(p, (l, h) -> {
                if (l.get(id).isEmpty()) {
                    throw notFound(id);
                }
                return step.apply(l, h);
            });
        } catch (FourEyesException ex) {
            throw new ApiException(409, ex.getMessage());
        } catch (LedgerException ex) {
            throw new ApiException(409, ex.getMessage());
        }
    }

    private static ApiException notFound(String id) {
        return ApiException.notFound("no blocked-property record '" + id + "'");
    }

}
