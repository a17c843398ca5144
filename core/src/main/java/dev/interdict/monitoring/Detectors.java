package dev.interdict.monitoring;

import java.util.ArrayList;
import java.util.List;

/** The standard detector set, in the order they run. Disabled detectors are left out. */
public final class Detectors {

    private Detectors() {
    }

    public static List<Detector> standard(Rules rules) {
        List<Detector> list = new ArrayList<>();
        if (rules.network().enabled()) {
            list.add(new NetworkDetector());
        }
        if (rules.cycle().enabled()) {
            list.add(new CycleDetector());
        }
        if (rules.burst().enabled()) {
            list.add(new BurstDetector());
        }
        if (rules.passThrough().enabled()) {
            list.add(new PassThroughDetector());
        }
        if (rules.structuring().enabled()) {
            list.add(new StructuringDetector());
        }
        if (rules.funnel().enabled()) {
            list.add(new FunnelDetector());
        }
        if (rules.remittance().enabled()) {
            list.add(new RemittanceDetector());
        }
        if (rules.corridor().enabled()) {
            list.add(new CorridorDetector());
        }
        if (rules.exposure().enabled()) {
            list.add(new ExposureDetector());
        }
        return list;
    }
}
