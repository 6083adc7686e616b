package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.apiguardian.api.API;

/** The version of this SDK, which plugins state a range for in their descriptor. */
@API(status = STABLE, since = "0.1")
public final class Sdk {
    private static final String VERSION = load();

    private Sdk() {}

    /** The SDK version, e.g. {@code 0.1.0} (a {@code -SNAPSHOT} suffix is kept). */
    public static String version() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Sdk.class.getResourceAsStream("/io/github/equalityframework/sdk.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "0.0.0");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
