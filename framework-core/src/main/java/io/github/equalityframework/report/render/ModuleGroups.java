package io.github.equalityframework.report.render;

import io.github.equalityframework.internal.markup.HtmlWriter;
import io.github.equalityframework.model.CouncilRole;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Groups the entries of an action plan, or anything else that names a framework module, by module: the
 * framework's modules in its order, then module ids the framework does not know (in the order first met),
 * then the things linked to no module. Within a group things keep their order.
 */
final class ModuleGroups {
    private ModuleGroups() {}

    /**
     * One module's things.
     *
     * @param module  the module id, {@code null} for the things linked to no module
     * @param heading "m1 Understanding and working with your communities", "m9 (not a module of
     *                lga-eflg-2021)" for a module the framework does not know, or "Not linked to a module"
     * @param items   the things, in their order
     */
    record Group<T>(String module, String heading, List<T> items) {}

    static <T> List<Group<T>> of(
            Messages t, FrameworkDefinition framework, List<T> items, Function<T, String> moduleOf) {
        Map<String, List<T>> byModule = new LinkedHashMap<>();
        framework.modules().forEach(m -> byModule.put(m.id(), new ArrayList<>()));
        List<T> none = new ArrayList<>();
        for (T item : items) {
            if (item == null) {
                continue;
            }
            String module = moduleOf.apply(item);
            if (module == null || module.isBlank()) {
                none.add(item);
            } else {
                byModule.computeIfAbsent(module, k -> new ArrayList<>()).add(item);
            }
        }
        List<Group<T>> groups = new ArrayList<>();
        byModule.forEach((module, mine) -> {
            if (!mine.isEmpty()) {
                groups.add(new Group<>(module, heading(t, framework, module), List.copyOf(mine)));
            }
        });
        if (!none.isEmpty()) {
            groups.add(new Group<>(null, t.get("plan.noModule"), List.copyOf(none)));
        }
        return groups;
    }

    /** A module's id and title, or its id and that the framework has no such module. */
    static String heading(Messages t, FrameworkDefinition framework, String module) {
        return framework
                .module(module)
                .map(FrameworkModule::title)
                .map(title -> module + " " + title)
                .orElse(t.get("plan.unknownModule", module, framework.id()));
    }

    /** The roles as words in the order of {@link CouncilRole}, each once: "Community leader", "Employer". */
    static List<String> roles(Messages t, List<CouncilRole> roles) {
        List<String> words = new ArrayList<>();
        for (CouncilRole role : CouncilRole.values()) {
            if (roles.stream().anyMatch(r -> Objects.equals(r, role))) {
                words.add(t.words(role));
            }
        }
        return words;
    }

    /** Roles as tags in HTML: one {@code <span class="tag">} each, or nothing. */
    static void tags(Messages t, HtmlWriter h, List<CouncilRole> roles) {
        List<String> words = roles(t, roles);
        for (int i = 0; i < words.size(); i++) {
            h.text(i == 0 ? "" : " ").element("span", words.get(i), "class", "tag");
        }
    }
}
