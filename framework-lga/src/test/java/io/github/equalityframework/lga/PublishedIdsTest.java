package io.github.equalityframework.lga;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.engine.PluginRegistry;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Module and criterion ids are what reports, mappings and a council's history refer to, so once
 * published they are permanent. The list of published ids lives in {@code published-ids.tsv}.
 */
class PublishedIdsTest {

    static Map<String, String> published() throws IOException {
        Map<String, String> ids = new LinkedHashMap<>();
        try (InputStream in = PublishedIdsTest.class.getResourceAsStream("published-ids.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    ids.put(parts[0], parts[1]);
                }
            }
        }
        return ids;
    }

    static Map<String, String> current() {
        Map<String, String> ids = new LinkedHashMap<>();
        for (FrameworkDefinition f : PluginRegistry.builder()
                .add(new LgaPlugin())
                .build()
                .catalogue()
                .frameworks()) {
            for (FrameworkModule m : f.modules()) {
                ids.put(f.id() + "/" + m.id(), m.title());
                m.criteria().forEach(c -> ids.put(f.id() + "/" + c.id(), c.title()));
            }
        }
        return ids;
    }

    @Test
    void noPublishedIdDisappearsOrNamesSomethingElse() throws IOException {
        Map<String, String> current = current();
        List<String> broken = new ArrayList<>();
        published().forEach((id, title) -> {
            String now = current.get(id);
            if (now == null) {
                broken.add(id + " has disappeared (it was '" + title + "')");
            } else if (!now.equals(title)) {
                broken.add(id + " was '" + title + "' but is now '" + now + "'");
            }
        });
        assertEquals(List.of(), broken, "published ids must stay as published");
    }

    @Test
    void everyCurrentIdIsPublished() throws IOException {
        Map<String, String> published = published();
        List<String> unlisted = current().keySet().stream()
                .filter(id -> !published.containsKey(id))
                .toList();
        assertEquals(List.of(), unlisted, "add new ids to published-ids.tsv");
    }
}
