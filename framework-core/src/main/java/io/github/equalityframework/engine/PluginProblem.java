package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Something wrong with a plugin, found while loading it.
 *
 * @param plugin  the plugin's id, its class name when it has no usable descriptor, or the jar file it
 *                could not be read from
 * @param message what is wrong
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PluginProblem(String plugin, String message) {
    @Override
    public String toString() {
        return "plugin " + plugin + ": " + message;
    }
}
