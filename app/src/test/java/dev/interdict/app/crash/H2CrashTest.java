package dev.interdict.app.crash;

import dev.interdict.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 on the embedded H2 file database, exactly as {@code interdict serve} opens it. */
class H2CrashTest extends CrashContract {

    @TempDir
    Path data;

    @Override
    String url() {
        return Store.embeddedUrl(data);
    }
}
