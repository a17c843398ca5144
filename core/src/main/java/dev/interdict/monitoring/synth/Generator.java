package dev.interdict.monitoring.synth;

import dev.interdict.monitoring.Rules;
import dev.interdict.monitoring.Transaction;
import dev.interdict.monitoring.Transaction.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/**
 * Generates a synthetic bank day by day. Ordinary customers get paid every 14 days, pay 1–3 payees every 7, 14 or
 * 28 days, make occasional cash deposits and withdrawals at their home branch, and some send monthly remittances to
 * family in Mexico. About {@code plantRate} of customers are used for a planted case each, spread over the year:
 * structuring, funnel account, many-to-one remittance, one-to-many remittance, rapid movement.
 * Same parameters, same output.
 */
public final class Generator {

    /** US states the synthetic branches sit in. */
    static final String[] STATES = {"TX", "CA", "AZ", "NM", "IL", "GA", "NY", "FL", "NC", "WA"};
    static final long START = 1_704_067_200_000L; // 2024-01-01T00:00:00Z

    /** One planted case: what the detectors should find. */
    public record Case(String id, String typology, List<String> accounts, List<String> transactions) {
    }

    /** One customer account. */
    public record Account(String id, String name, String state, String branch) {
    }

    private final int customers;
    private final int days;
    private final long seed;
    private final double plantRate;
    private final List<Case> cases = new ArrayList<>();
    private final Account[] accounts;
    private final int[][] payees;
    private final int[] payPeriod;
    private final int[] payPhase;
    private final double[] salary;
    private final boolean[] remitter;
    private long txSeq;
    /** Planted transactions dated after the day that planted them, released on their own day. */
    private final java.util.PriorityQueue<Transaction> future =
            new java.util.PriorityQueue<>(Comparator.comparingLong(Transaction::timestamp));

    public Generator(int customers, int days, long seed) {
        this(customers, days, seed, 0.01);
    }

    public Generator(int customers, int days, long seed, double plantRate) {
        if (customers < 10) {
            throw new IllegalArgumentException("customers must be >= 10, got " + customers);
        }
        if (days < 1 || days > 3660) {
            throw new IllegalArgumentException("days must be in [1, 3660], got " + days);
        }
        if (plantRate < 0 || plantRate > 0.2) {
            throw new IllegalArgumentException("plantRate must be in [0, 0.2], got " + plantRate);
        }
        this.customers = customers;
        this.days = days;
        this.seed = seed;
        this.plantRate = plantRate;
        SplittableRandom r = new SplittableRandom(seed);
        accounts = new Account[customers];
        payees = new int[customers][];
        payPeriod = new int[customers];
        payPhase = new int[customers];
        salary = new double[customers];
        remitter = new boolean[customers];
        for (int i = 0; i < customers; i++) {
            String state = STATES[r.nextInt(STATES.length)];
            accounts[i] = new Account(acct(i), "Customer " + i, state, state + "-" + (1 + r.nextInt(5)));
            int n = 1 + r.nextInt(3);
            payees[i] = new int[n];
            for (int k = 0; k < n; k++) {
                payees[i][k] = r.nextInt(customers);
            }
            payPeriod[i] = new int[] {7, 14, 28}[r.nextInt(3)];
            payPhase[i] = r.nextInt(28);
            salary[i] = Math.round(1500 + r.nextDouble() * 3500);
            remitter[i] = r.nextDouble() < 0.08;
        }
    }

    static String acct(int i) {
        return "A" + i;
    }

    public List<Account> accounts() {
        return List.of(accounts);
    }

    /** The planted cases generated so far (complete once {@link #transactions()} is exhausted). */
    public List<Case> cases() {
        return List.copyOf(cases);
    }

    /** The transactions in timestamp order, generated lazily one day at a time. */
    public Iterator<Transaction> transactions() {
        return new Iterator<>() {
            private int day = -1;
            private List<Transaction> today = List.of();
            private int pos;

            @Override
            public boolean hasNext() {
                while (pos >= today.size()) {
                    if (++day >= days) {
                        return false;
                    }
                    today = day(day);
                    pos = 0;
                }
                return true;
            }

            @Override
            public Transaction next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return today.get(pos++);
            }
        };
    }

    private List<Transaction> day(int d) {
        SplittableRandom r = new SplittableRandom(seed * 1_000_003L + d);
        List<Transaction> out = new ArrayList<>();
        long base = START + d * Rules.DAY_MS;
        for (int i = 0; i < customers; i++) {
            Account a = accounts[i];
            if ((d + i) % 14 == 0) {
                out.add(tx(base, r, "EMP" + (i % 97), a.id, salary[i], Kind.TRANSFER, null, null, "US", "US"));
            }
            if ((d + payPhase[i]) % payPeriod[i] == 0) {
                for (int p : payees[i]) {
                    out.add(tx(base, r, a.id, acct(p), 20 + Math.round(r.nextDouble() * 400), Kind.TRANSFER, null,
                            null, "US", "US"));
                }
            }
            double u = r.nextDouble();
            if (u < 0.04) {
                out.add(tx(base, r, null, a.id, 50 + Math.round(r.nextDouble() * 2500), Kind.CASH_DEPOSIT,
                        a.branch, a.state, "US", "US"));
            } else if (u < 0.10) {
                out.add(tx(base, r, a.id, null, 20 + 20 * r.nextInt(25), Kind.CASH_WITHDRAWAL, a.branch, a.state,
                        "US", "US"));
            } else if (u < 0.22) {
                out.add(tx(base, r, a.id, "M" + r.nextInt(500), 5 + Math.round(r.nextDouble() * 200), Kind.CARD,
                        null, null, "US", "US"));
            }
            if (remitter[i] && (d + i) % 30 == 0) {
                out.add(tx(base, r, a.id, "MXB" + i, 150 + Math.round(r.nextDouble() * 500), Kind.REMITTANCE, a.branch,
                        a.state, "US", "MX"));
            }
        }
        List<Transaction> planted = new ArrayList<>();
        plant(d, base, r, planted);
        future.addAll(planted);
        long end = base + Rules.DAY_MS;
        while (!future.isEmpty() && future.peek().timestamp() < end) {
            out.add(future.poll());
        }
        out.sort(Comparator.comparingLong(Transaction::timestamp));
        return out;
    }

    private void plant(int d, long base, SplittableRandom r, List<Transaction> out) {
        // expected number of cases started per day: plantRate * customers / days, spread evenly
        double perDay = plantRate * customers / Math.max(1, days - 20);
        int n = (int) perDay + (r.nextDouble() < perDay - (int) perDay ? 1 : 0);
        if (d >= days - 20) {
            n = 0; // leave room for cases to complete
        }
        for (int c = 0; c < n; c++) {
            int who = r.nextInt(customers);
            int type = r.nextInt(5);
            String id = "case-" + d + "-" + c;
            switch (type) {
                case 0 -> structuring(id, d, base, r, accounts[who], out);
                case 1 -> funnel(id, base, r, accounts[who], out);
                case 2 -> remitManyToOne(id, base, r, who, out);
                case 3 -> remitOneToMany(id, base, r, accounts[who], out);
                default -> rapid(id, base, r, accounts[who], out);
            }
        }
    }

    private void structuring(String id, int d, long base, SplittableRandom r, Account a, List<Transaction> out) {
        List<String> txs = new ArrayList<>();
        int n = 3 + r.nextInt(3);
        for (int k = 0; k < n; k++) {
            String state = a.state;
            String branch = state + "-" + (1 + r.nextInt(5));
            Transaction t = tx(base + (k * 5 / n) * Rules.DAY_MS, r, null, a.id,
                    Math.round(8_000 + r.nextDouble() * 1_900), Kind.CASH_DEPOSIT, branch, state, "US", "US");
            out.add(t);
            txs.add(t.id());
        }
        cases.add(new Case(id, "structuring", List.of(a.id), txs));
    }

    private void funnel(String id, long base, SplittableRandom r, Account a, List<Transaction> out) {
        List<String> txs = new ArrayList<>();
        List<String> accts = new ArrayList<>(List.of(a.id));
        int n = 4 + r.nextInt(4);
        double total = 0;
        for (int k = 0; k < n; k++) {
            String state = STATES[(k + r.nextInt(2)) % STATES.length];
            String depositor = "P" + id + "-" + (k % 3);
            double amt = Math.round(2_000 + r.nextDouble() * 5_000);
            total += amt;
            Transaction t = tx(base + (k * 6 / n) * Rules.DAY_MS, r, depositor, a.id, amt, Kind.CASH_DEPOSIT,
                    state + "-" + (1 + r.nextInt(5)), state, "US", "US");
            out.add(t);
            txs.add(t.id());
        }
        Transaction w = tx(base + 7 * Rules.DAY_MS, r, a.id, "MXF" + id, Math.round(total * (0.85 + 0.1
                * r.nextDouble())), Kind.WIRE, null, null, "US", "MX");
        out.add(w);
        txs.add(w.id());
        cases.add(new Case(id, "funnel_account", accts, txs));
    }

    private void remitManyToOne(String id, long base, SplittableRandom r, int who, List<Transaction> out) {
        List<String> txs = new ArrayList<>();
        List<String> accts = new ArrayList<>();
        String bene = "MXR" + id;
        int n = 5 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            Account s = accounts[(who + k * 7919) % customers];
            Transaction t = tx(base + r.nextInt(8) * Rules.DAY_MS, r, s.id, bene,
                    Math.round(2_500 + r.nextDouble() * 490), Kind.REMITTANCE, s.branch, s.state, "US", "MX");
            out.add(t);
            txs.add(t.id());
            accts.add(s.id);
        }
        accts.add(bene);
        cases.add(new Case(id, "remittance_many_to_one", accts, txs));
    }

    private void remitOneToMany(String id, long base, SplittableRandom r, Account a, List<Transaction> out) {
        List<String> txs = new ArrayList<>();
        List<String> accts = new ArrayList<>(List.of(a.id));
        int n = 5 + r.nextInt(4);
        for (int k = 0; k < n; k++) {
            String bene = "MXO" + id + "-" + k;
            Transaction t = tx(base + r.nextInt(8) * Rules.DAY_MS, r, a.id, bene,
                    Math.round(850 + r.nextDouble() * 145), Kind.REMITTANCE, a.branch, a.state, "US", "MX");
            out.add(t);
            txs.add(t.id());
            accts.add(bene);
        }
        cases.add(new Case(id, "remittance_one_to_many", accts, txs));
    }

    private void rapid(String id, long base, SplittableRandom r, Account a, List<Transaction> out) {
        double in = Math.round(20_000 + r.nextDouble() * 60_000);
        Transaction t1 = tx(base, r, "EXT" + id, a.id, in, Kind.WIRE, null, null, "PA", "US");
        Transaction t2 = tx(base + Rules.DAY_MS, r, a.id, "EXO" + id, Math.round(in * (0.85 + 0.1 * r.nextDouble())),
                Kind.WIRE, null, null, "US", "US");
        out.add(t1);
        out.add(t2);
        cases.add(new Case(id, "rapid_movement", List.of(a.id), List.of(t1.id(), t2.id())));
    }

    private Transaction tx(long dayStart, SplittableRandom r, String from, String to, double amount, Kind kind,
            String branch, String region, String fromCountry, String toCountry) {
        long ts = dayStart + 8 * Rules.HOUR_MS + r.nextLong(10 * Rules.HOUR_MS);
        return new Transaction("T" + (++txSeq), ts, from, to, amount, kind, branch, region, fromCountry, toCountry,
                null);
    }
}
