package io.github.equalityframework.engine;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The packages of compiled classes and which uses which, read from the class files' constant pools (class
 * references, field and method descriptors, generic signatures and annotations): what {@code jdeps} sees,
 * with the JDK alone. A constant string that merely names a package (a resource path) is not a use.
 */
final class PackageGraph {
    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([\\w/$]+)[;<]");
    /** The project's namespace: a use of any class in it counts, inside the checked packages or not. */
    private static final String OURS = "io/github/equalityframework/";

    private final String prefix;
    /** package -> used package -> one class edge that shows it ("a.A -> b.B"), first in name order. */
    private final Map<String, Map<String, String>> uses;

    private PackageGraph(String prefix, Map<String, Map<String, String>> uses) {
        this.prefix = prefix;
        this.uses = uses;
    }

    /**
     * The graph of the classes under {@code root} (a class folder) in the package {@code prefix} and its
     * subpackages, with every use of a class of the project's namespace as an edge (a package outside
     * {@code prefix} keeps its full name).
     */
    static PackageGraph read(Path root, String prefix) throws IOException {
        Map<String, Map<String, String>> uses = new TreeMap<>();
        Path dir = root.resolve(prefix.replace('.', '/'));
        List<Path> classFiles;
        try (Stream<Path> files = Files.walk(dir)) {
            classFiles =
                    files.filter(f -> f.toString().endsWith(".class")).sorted().toList();
        }
        for (Path file : classFiles) {
            ClassRefs refs;
            try (InputStream in = Files.newInputStream(file)) {
                refs = ClassRefs.read(in);
            }
            String from = packageOf(refs.self());
            Map<String, String> edges = uses.computeIfAbsent(relative(from, prefix), p -> new TreeMap<>());
            for (String used : refs.used()) {
                if (!used.startsWith(OURS)) {
                    continue;
                }
                String to = packageOf(used);
                if (!to.equals(from)) {
                    edges.putIfAbsent(
                            relative(to, prefix), simple(refs.self(), prefix) + " -> " + simple(used, prefix));
                }
            }
        }
        return new PackageGraph(prefix, uses);
    }

    /** The packages that hold classes, relative to the prefix (e.g. {@code report.render}). */
    Set<String> packages() {
        return uses.keySet();
    }

    /** Each package with the packages it uses. */
    Map<String, Set<String>> edges() {
        Map<String, Set<String>> edges = new TreeMap<>();
        uses.forEach((p, used) -> edges.put(p, new TreeSet<>(used.keySet())));
        return edges;
    }

    /**
     * A shortest package cycle, written {@code a -> b -> a (a.A -> b.B; b.B -> a.A)}, from the first package
     * in name order that lies on one; empty when the packages form no cycle.
     */
    Optional<String> cycle() {
        for (String start : uses.keySet()) {
            List<String> path = shortestPathBack(start);
            if (!path.isEmpty()) {
                List<String> shown = new ArrayList<>();
                for (int i = 0; i + 1 < path.size(); i++) {
                    shown.add(uses.get(path.get(i)).get(path.get(i + 1)));
                }
                return Optional.of(String.join(" -> ", path) + " (" + String.join("; ", shown) + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * Every use that the layering does not allow, one line each ({@code spi uses engine: spi.X -> engine.Y}),
     * and every package the layering does not name. {@code allowed} maps each package to the packages it
     * may use; a use of a class outside the graph's own packages (a plugin's) is never allowed.
     */
    List<String> forbiddenUses(Map<String, Set<String>> allowed) {
        List<String> forbidden = new ArrayList<>();
        uses.forEach((from, used) -> {
            Set<String> may = allowed.get(from);
            if (may == null) {
                forbidden.add("package " + from + " is not in the layering; say which packages it may use");
                return;
            }
            used.forEach((to, example) -> {
                if (!uses.containsKey(to)) {
                    forbidden.add(from + " uses " + to + ", which is outside " + prefix + ": " + example);
                } else if (!may.contains(to)) {
                    forbidden.add(from + " uses " + to + ": " + example);
                }
            });
        });
        return forbidden;
    }

    private List<String> shortestPathBack(String start) {
        Map<String, String> cameFrom = new LinkedHashMap<>();
        ArrayDeque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>();
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            for (String next : uses.getOrDefault(at, Map.of()).keySet()) {
                if (next.equals(start)) {
                    List<String> path = new ArrayList<>(List.of(start));
                    for (String p = at; !p.equals(start); p = cameFrom.get(p)) {
                        path.add(1, p);
                    }
                    path.add(start);
                    return path;
                }
                if (seen.add(next)) {
                    cameFrom.put(next, at);
                    queue.addLast(next);
                }
            }
        }
        return List.of();
    }

    private static String packageOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        return slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    }

    private static String relative(String packageName, String prefix) {
        return packageName.equals(prefix)
                ? "."
                : packageName.startsWith(prefix + ".") ? packageName.substring(prefix.length() + 1) : packageName;
    }

    /** {@code io/github/x/spi/Finding$Builder} as {@code spi.Finding}. */
    private static String simple(String internalName, String prefix) {
        String name = internalName.replace('/', '.');
        int dollar = name.indexOf('$');
        name = dollar < 0 ? name : name.substring(0, dollar);
        return name.startsWith(prefix + ".") ? name.substring(prefix.length() + 1) : name;
    }

    /** The class a class file declares and the classes it names. */
    private record ClassRefs(String self, Set<String> used) {

        static ClassRefs read(InputStream stream) throws IOException {
            DataInputStream in = new DataInputStream(stream);
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNames = new int[count];
            Set<Integer> stringConstants = new HashSet<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNames[i] = in.readUnsignedShort();
                    case 8 -> stringConstants.add(in.readUnsignedShort());
                    case 16, 19, 20 -> in.readUnsignedShort();
                    case 15 -> in.skipNBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {
                        in.skipNBytes(8);
                        i++;
                    }
                    default -> throw new IOException("unknown constant pool tag " + tag);
                }
            }
            in.readUnsignedShort();
            String self = utf8[classNames[in.readUnsignedShort()]];
            Set<String> used = new TreeSet<>();
            for (int i = 1; i < count; i++) {
                if (classNames[i] != 0) {
                    String name = utf8[classNames[i]];
                    Matcher array = DESCRIPTOR_TYPE.matcher(name);
                    used.add(name.startsWith("[") && array.find() ? array.group(1) : name);
                }
                if (utf8[i] != null && !stringConstants.contains(i)) {
                    Matcher types = DESCRIPTOR_TYPE.matcher(utf8[i]);
                    while (types.find()) {
                        used.add(types.group(1));
                    }
                }
            }
            return new ClassRefs(self, used);
        }
    }
}
