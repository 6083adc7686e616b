package io.github.equalityframework.spi;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Who a plugin is.
 *
 * @param id       stable, unique id, lower-case words joined by hyphens, e.g. {@code lga}
 * @param name     a human name, e.g. {@code LGA Equality Framework}
 * @param version  the plugin's own version
 * @param sdkRange the SDK versions the plugin works with, as a Maven-style range, e.g. {@code [0.1,1.0)}
 */
@API(status = STABLE, since = "0.1")
public record PluginDescriptor(String id, String name, String version, String sdkRange) {
    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(sdkRange, "sdkRange");
    }
}
