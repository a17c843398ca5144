package dev.interdict.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the shared reference data lives for tests: {@code $INTERDICT_SHARED_DATA}, else {@code ../shared/data}
 * beside the project root (found by walking up from the working directory).
 *
 * <p>{@link #require(String)} skips the calling test with a message when the data is absent on a user's clone,
 * and fails it when {@code CI=true}, so CI can never pass by skipping.
 */
public final class SharedData {

    private SharedData() {
    }

    /** The shared data folder, or {@code null} when none is found. */
    public static Path root() {
        String env = System.getenv("INTERDICT_SHARED_DATA");
        if (env != null && !env.isBlank()) {
            Path p = Path.of(env);
            return Files.isDirectory(p) ? p.toAbsolutePath() : null;
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("data");
            if (Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * The path {@code relative} inside the shared data. Skips the test (fails it under {@code CI=true}) when absent.
     */
    public static Path require(String relative) {
        Path root = root();
        Path p = root == null ? null : root.resolve(relative);
        if (p == null || !Files.exists(p)) {
            String msg = "shared data '" + relative + "' not found (set INTERDICT_SHARED_DATA or place ../shared/data"
                    + " beside the project)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(msg + " -- required when CI=true");
            }
            assumeTrue(false, "skipped: " + msg);
        }
        return p;
    }
}
