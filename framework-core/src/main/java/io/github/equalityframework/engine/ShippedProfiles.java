package io.github.equalityframework.engine;

import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.RuleProfile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The rule profiles the plugins ship, each read when first asked for: reading one is a YAML read through the codec,
 * which a command that uses no profile ({@code eflg validate}) should not pay for. A profile that cannot be read, or
 * whose id another plugin already provides, is reported among the registry's problems from when it is read, with the
 * same message as if it had been read at start-up. Thread-safe.
 */
final class ShippedProfiles {
    /**
     * A profile resource as a plugin added it: its bytes (taken while the plugin's class loader is surely open) and
     * the id its first lines appear to give, or {@code null} when they give none plainly.
     */
    record Offered(String plugin, String resourceName, byte[] bytes, String idHint) {}

    private final ModelCodec codec;
    /** In the order the plugins were loaded, then the order each added them: the first to give an id keeps it. */
    private final List<Offered> offered;

    private final boolean[] read;
    private final Map<String, ReadResult<RuleProfile>> byId = new TreeMap<>();
    private final Map<String, String> owners = new HashMap<>();
    private final List<PluginProblem> late;

    ShippedProfiles(ModelCodec codec, List<Offered> offered, List<PluginProblem> late) {
        this.codec = codec;
        this.offered = List.copyOf(offered);
        this.read = new boolean[offered.size()];
        this.late = late;
    }

    /**
     * The profile with this id: the resources that say they hold it (and those that do not plainly say) are read, in
     * order, so that a second plugin shipping the same id is still reported; only when none holds it is every one
     * read, so that a resource whose id was misjudged is still found.
     */
    synchronized Optional<ReadResult<RuleProfile>> get(String id) {
        for (int i = 0; i < offered.size(); i++) {
            String hint = offered.get(i).idHint();
            if (!read[i] && (hint == null || hint.equals(id))) {
                read(i);
            }
        }
        if (!byId.containsKey(id)) {
            readAll();
        }
        return Optional.ofNullable(byId.get(id));
    }

    /** Every readable profile's id, sorted: reads them all. */
    synchronized List<String> ids() {
        readAll();
        return List.copyOf(byId.keySet());
    }

    /** The plugin that ships the profile with this id, if one does. */
    synchronized Optional<String> owner(String id) {
        return get(id).map(p -> owners.get(id));
    }

    private void readAll() {
        for (int i = 0; i < offered.size(); i++) {
            if (!read[i]) {
                read(i);
            }
        }
    }

    private void read(int index) {
        read[index] = true;
        Offered resource = offered.get(index);
        ReadResult<RuleProfile> result = codec.read(resource.bytes(), resource.resourceName(), null, RuleProfile.class);
        List<PluginProblem> found = new ArrayList<>();
        result.problems().forEach(p -> found.add(new PluginProblem(resource.plugin(), p.format())));
        if (result.isClean()) {
            String id = result.value().orElseThrow().id();
            String owner = owners.putIfAbsent(id, resource.plugin());
            if (owner == null) {
                byId.put(id, result);
            } else {
                found.add(new PluginProblem(
                        resource.plugin(),
                        "profile " + id + " is already provided by plugin " + owner + "; this one is ignored"));
            }
        }
        synchronized (late) {
            late.addAll(found);
        }
    }

    /**
     * The id a profile resource gives on a line of its own at the top level ({@code id: lga-default}), when that
     * is plain to see without a YAML parser: one such line, a plain or simply quoted value of letters, digits,
     * dots, dashes and underscores, one document. Otherwise (JSON, anchors, tags, several documents) {@code null},
     * and the resource is read whenever any profile is asked for. Only a guide to which resource to read first:
     * the id that counts is the one read.
     */
    static String idHint(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String hint = null;
        boolean content = false;
        for (String line : text.split("\r?\n|\r", -1)) {
            if (line.startsWith("---") || line.startsWith("...")) {
                if (content || line.startsWith("...")) {
                    return null; // a second document, or the end of one
                }
                continue;
            }
            if (line.startsWith("%") && !content) {
                continue; // a directive
            }
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (!content && (line.startsWith("{") || line.startsWith("["))) {
                return null; // JSON or a flow collection
            }
            content = true;
            if (line.startsWith("id:") || line.startsWith("\"id\":") || line.startsWith("'id':")) {
                if (hint != null) {
                    return null;
                }
                String value = line.substring(line.indexOf(':') + 1);
                int comment = value.indexOf(" #");
                value = (comment < 0 ? value : value.substring(0, comment)).strip();
                hint = plainId(value);
                if (hint == null) {
                    return null;
                }
            } else if (line.startsWith("id ") || line.startsWith("? ")) {
                return null; // a key written in a way not looked into here
            }
        }
        return hint;
    }

    private static String plainId(String value) {
        if (value.length() >= 2
                && (value.charAt(0) == '"' || value.charAt(0) == '\'')
                && value.charAt(value.length() - 1) == value.charAt(0)) {
            value = value.substring(1, value.length() - 1);
        }
        if (value.isEmpty()) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.';
            if (!plain) {
                return null;
            }
        }
        return value;
    }
}
