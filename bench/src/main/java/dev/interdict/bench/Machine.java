package dev.interdict.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the harnesses print about the machine they ran on, so that figures can be recorded with it. */
final class Machine {

    private Machine() {
    }

    /** The CPU model name ({@code /proc/cpuinfo}), or the architecture when there is none (not Linux). */
    static String cpuModel() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (l.startsWith("model name")) {
                    return l.substring(l.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException ignored) {
            // not Linux
        }
        return System.getProperty("os.arch");
    }

    /** The 1, 5 and 15 minute load averages ({@code /proc/loadavg}), or "unknown". */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
