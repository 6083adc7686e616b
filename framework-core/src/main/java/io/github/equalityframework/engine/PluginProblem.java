package io.github.equalityframework.engine;

/**
 * Something wrong with a plugin, found while loading it.
 *
 * @param plugin  the plugin's id, or its class name when it has no usable descriptor
 * @param message what is wrong
 */
public record PluginProblem(String plugin, String message) {
    @Override
    public String toString() {
        return "plugin " + plugin + ": " + message;
    }
}
