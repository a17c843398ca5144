package dev.interdict.payments.ledger;

import dev.interdict.payments.Action;
import dev.interdict.payments.Hit;
import dev.interdict.payments.PaymentDecision;
import dev.interdict.payments.Transaction;
import dev.interdict.report.UsFederalHolidays;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The blocked-funds ledger: blocked payments become {@link BlockedProperty} records; they leave the ledger only by
 * release or transfer under a licence, requested by one person and approved by another (four-eyes). Every step is
 * an appended {@link LedgerEvent}: {@link #auditTrail(String)} is the record's history. State is rebuilt from the
 * store on construction, so several processes sharing a file see each other's steps after reopening.
 *
 * <p>Dates are taken in {@link #DEFAULT_ZONE} (US Eastern): the OFAC report is due
 * {@link UsFederalHolidays#OFAC_REPORT_BUSINESS_DAYS} business days after the blocking date.
 */
public final class BlockedFundsLedger {

    /** The zone blocking dates and business days are counted in. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("America/New_York");

    private final LedgerStore store;
    private final Clock clock;
    private final ZoneId zone;
    private final Map<String, BlockedProperty> records = new LinkedHashMap<>();
    private final List<LedgerEvent> events = new ArrayList<>();

    public BlockedFundsLedger(LedgerStore store) {
        this(store, Clock.systemUTC(), DEFAULT_ZONE);
    }

    public BlockedFundsLedger(LedgerStore store, Clock clock, ZoneId zone) {
        this.store = store;
        this.clock = clock;
        this.zone = zone;
        for (LedgerEvent e : store.load()) {
            apply(e);
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * Blocks the funds of a screened transaction. A {@link Action#BLOCK} decision is recorded as it is; a held
     * decision can be blocked by an analyst who confirms a list hit, with a note saying why.
     */
    public synchronized BlockedProperty block(PaymentDecision d, String actor, String note) {
        requireActor(actor);
        Transaction t = d.transaction();
        if (t == null) {
            throw new LedgerException("cannot block a message that was not parsed: " + d.reason());
        }
        Hit decisive = null;
        for (Hit h : d.hits()) {
            if (h.kind() != Hit.Kind.COUNTRY && h.kind() != Hit.Kind.REGION) {
                decisive = h;
                break;
            }
        }
        if (d.action() != Action.BLOCK) {
            if (decisive == null || note == null || note.isBlank()) {
                throw new LedgerException("only a BLOCK decision, or a held one with a list hit and an analyst's note,"
                        + " can be blocked (decision " + d.action() + ")");
            }
        }
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, zone);
        String id = String.format(Locale.ROOT, "BP-%d-%06d", day.getYear(), records.size() + 1);
        List<String> programs = decisive == null ? List.of() : decisive.programs();
        List<Hit> listHits = d.hits().stream().filter(h -> h.kind() != Hit.Kind.COUNTRY
                && h.kind() != Hit.Kind.REGION).toList();
        BlockedProperty r = new BlockedProperty(id, Status.BLOCKED, now, day, UsFederalHolidays.ofacReportDue(day),
                actor, note, d.definition(), d.messageId(), d.endToEndId(), t.transactionId(), d.uetr(), t.amount(),
                t.currency(), t.valueDate(), t.parties(), listHits.isEmpty() ? d.hits() : listHits,
                decisive == null ? null : decisive.sourceId(), decisive == null ? null : decisive.matchedName(),
                programs, d.raw() == null ? null : new String(d.raw(), StandardCharsets.UTF_8), null, null, null, null,
                null);
        append(new LedgerEvent(events.size() + 1, now, LedgerEvent.Type.BLOCKED, id, actor, null, null, note, r));
        return records.get(id);
    }

    /** Asks to release the funds under {@code licence}; another person must {@link #approve}. */
    public synchronized BlockedProperty requestRelease(String id, String licence, String requester, String note) {
        return request(id, BlockedProperty.RequestKind.RELEASE, licence, requester, null, note);
    }

    /** Asks to transfer the funds to {@code targetAccount} under {@code licence}; another person must approve. */
    public synchronized BlockedProperty requestTransfer(String id, String licence, String requester,
            String targetAccount, String note) {
        if (targetAccount == null || targetAccount.isBlank()) {
            throw new LedgerException("a transfer needs a target account");
        }
        return request(id, BlockedProperty.RequestKind.TRANSFER, licence, requester, targetAccount, note);
    }

    private BlockedProperty request(String id, BlockedProperty.RequestKind kind, String licence, String requester,
            String target, String note) {
        requireActor(requester);
        BlockedProperty r = require(id);
        if (r.status() != Status.BLOCKED) {
            throw new LedgerException(id + " is " + r.status() + ": a request needs status BLOCKED");
        }
        if (licence == null || licence.isBlank()) {
            throw new LedgerException("a " + kind.name().toLowerCase(Locale.ROOT)
                    + " needs an OFAC licence reference");
        }
        LedgerEvent.Type type = kind == BlockedProperty.RequestKind.RELEASE ? LedgerEvent.Type.RELEASE_REQUESTED
                : LedgerEvent.Type.TRANSFER_REQUESTED;
        append(new LedgerEvent(events.size() + 1, clock.instant(), type, id, requester.strip(), licence.strip(),
                target, note, null));
        return records.get(id);
    }

    /** Approves the pending request: {@code approver} must be a different person than the requester. */
    public synchronized BlockedProperty approve(String id, String approver) {
        BlockedProperty r = pending(id, approver);
        append(new LedgerEvent(events.size() + 1, clock.instant(), LedgerEvent.Type.APPROVED, id, approver.strip(),
                r.pending().licence(), r.pending().target(), null, null));
        return records.get(id);
    }

    /** Denies the pending request; the funds stay blocked. */
    public synchronized BlockedProperty deny(String id, String approver, String reason) {
        pending(id, approver);
        append(new LedgerEvent(events.size() + 1, clock.instant(), LedgerEvent.Type.DENIED, id, approver.strip(),
                null, null, reason, null));
        return records.get(id);
    }

    private BlockedProperty pending(String id, String approver) {
        requireActor(approver);
        BlockedProperty r = require(id);
        if (r.pending() == null) {
            throw new LedgerException(id + " has no pending request (status " + r.status() + ")");
        }
        if (r.pending().requestedBy().strip().equalsIgnoreCase(approver.strip())) {
            throw new FourEyesException("four-eyes: " + approver.strip() + " requested the "
                    + r.pending().kind().name().toLowerCase(Locale.ROOT) + " of " + id
                    + " and cannot also decide it; a second person must");
        }
        return r;
    }

    /** Records that the OFAC blocked-property report was filed. */
    public synchronized BlockedProperty markReported(String id, String actor, String reference) {
        requireActor(actor);
        require(id);
        append(new LedgerEvent(events.size() + 1, clock.instant(), LedgerEvent.Type.REPORTED, id, actor.strip(),
                null, null, reference, null));
        return records.get(id);
    }

    public synchronized Optional<BlockedProperty> get(String id) {
        return Optional.ofNullable(records.get(id));
    }

    public synchronized List<BlockedProperty> records() {
        return List.copyOf(records.values());
    }

    public synchronized List<LedgerEvent> events() {
        return List.copyOf(events);
    }

    /** Every step of one record, oldest first. */
    public synchronized List<LedgerEvent> auditTrail(String id) {
        return events.stream().filter(e -> e.recordId().equals(id)).toList();
    }

    private BlockedProperty require(String id) {
        BlockedProperty r = records.get(id);
        if (r == null) {
            throw new LedgerException("no blocked-property record " + id);
        }
        return r;
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new LedgerException("every ledger step needs the name of the person taking it");
        }
    }

    private void append(LedgerEvent e) {
        store.append(e);
        apply(e);
    }

    private void apply(LedgerEvent e) {
        events.add(e);
        BlockedProperty r = records.get(e.recordId());
        switch (e.type()) {
            case BLOCKED -> records.put(e.recordId(), e.record());
            case RELEASE_REQUESTED, TRANSFER_REQUESTED -> {
                boolean release = e.type() == LedgerEvent.Type.RELEASE_REQUESTED;
                records.put(r.id(), r.with(release ? Status.RELEASE_PENDING : Status.TRANSFER_PENDING,
                        new BlockedProperty.Request(release ? BlockedProperty.RequestKind.RELEASE
                                : BlockedProperty.RequestKind.TRANSFER, e.licence(), e.actor(), e.at(), e.target(),
                                e.note()), r.reportedAt(), r.reportRef(), null, null));
            }
            case APPROVED -> records.put(r.id(), r.with(r.pending().kind() == BlockedProperty.RequestKind.RELEASE
                    ? Status.RELEASED : Status.TRANSFERRED, null, r.reportedAt(), r.reportRef(), e.at(),
                    r.pending().licence()));
            case DENIED -> records.put(r.id(), r.with(Status.BLOCKED, null, r.reportedAt(), r.reportRef(), null,
                    null));
            case REPORTED -> records.put(r.id(), r.with(r.status(), r.pending(), e.at(), e.note(), r.closedAt(),
                    r.licence()));
            default -> throw new LedgerException("unknown ledger event " + e.type());
        }
    }
}
