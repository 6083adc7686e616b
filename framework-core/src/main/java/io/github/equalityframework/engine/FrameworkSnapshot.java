package io.github.equalityframework.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.problem.ValidationProblem;
import io.github.equalityframework.validation.FrameworkDefinitionValidator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.CRC32C;
import org.apiguardian.api.API;

/**
 * A framework edition checked when its plugin was built, so that {@code eflg} need not check it again each time
 * it starts. A plugin ships it beside the edition's resource, named {@link #resourceName(String)} (for
 * {@code lga/lga-eflg-2021.yaml}, {@code lga/lga-eflg-2021.yaml.snapshot}), and its build writes it with
 * {@link #write} from a test that fails when the committed snapshot differs. The first line names the edition's
 * id and the checksum of the resource it was made from; the rest is the definition as JSON. {@link PluginRegistry}
 * reads the snapshot only when an assessment names the edition, and only while the checksum still matches the
 * resource: otherwise it reads and validates the resource itself, as it does for a resource with no snapshot.
 */
@API(status = EXPERIMENTAL, since = "0.2")
public final class FrameworkSnapshot {
    private static final String HEADER = "eflg-framework-snapshot 2 ";
    /** What names the checksum in the header; it tells a stale snapshot, it does not guard against tampering. */
    private static final String CHECKSUM = " crc32c=";

    private static final ModelCodec CODEC = ModelCodec.strict();

    private FrameworkSnapshot() {}

    /** The name of the snapshot of a framework resource. */
    public static String resourceName(String frameworkResource) {
        return frameworkResource + ".snapshot";
    }

    /**
     * The snapshot of a framework resource: it is read strictly and validated against the evidence kinds given
     * (the built-in ones and the plugin's own), as the registry would at run time.
     *
     * @throws IllegalArgumentException naming every problem, each with its line and column, when the resource
     *     does not read cleanly or is invalid
     */
    public static String write(String resourceName, byte[] resource, List<EvidenceKind> kinds) {
        ReadResult<FrameworkDefinition> read = CODEC.read(resource, resourceName, null, FrameworkDefinition.class);
        List<ValidationProblem> problems = read.isClean()
                ? read.place(new FrameworkDefinitionValidator(kinds)
                        .validate(read.value().orElseThrow()))
                : read.problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.stream()
                    .map(ValidationProblem::format)
                    .collect(Collectors.joining("\n", "no snapshot of an edition with problems:\n", "")));
        }
        FrameworkDefinition framework = read.value().orElseThrow();
        return HEADER + framework.id() + CHECKSUM + checksum(resource) + "\n" + CODEC.write(framework, Format.JSON);
    }

    /** The edition's id a snapshot names, or empty when the text is not a snapshot. */
    static Optional<String> id(byte[] snapshot) {
        return header(snapshot).map(h -> h.substring(HEADER.length(), h.lastIndexOf(CHECKSUM)));
    }

    /**
     * The edition in a snapshot, when the snapshot was made from exactly this resource and reads cleanly; empty
     * otherwise (the caller then reads the resource itself).
     */
    public static Optional<FrameworkDefinition> read(byte[] snapshot, byte[] resource, String snapshotName) {
        Optional<String> header = header(snapshot);
        if (header.isEmpty() || !header.get().endsWith(CHECKSUM + checksum(resource))) {
            return Optional.empty();
        }
        int body = header.get().getBytes(StandardCharsets.UTF_8).length + 1;
        String json = new String(snapshot, body, snapshot.length - body, StandardCharsets.UTF_8);
        ReadResult<FrameworkDefinition> read = CODEC.read(json, snapshotName, Format.JSON, FrameworkDefinition.class);
        return read.isClean()
                ? read.value().filter(f -> f.id().equals(id(snapshot).orElseThrow()))
                : Optional.empty();
    }

    private static Optional<String> header(byte[] snapshot) {
        int end = 0;
        while (end < snapshot.length && snapshot[end] != '\n') {
            end++;
        }
        String first = new String(snapshot, 0, end, StandardCharsets.UTF_8);
        return first.startsWith(HEADER) && first.contains(CHECKSUM) && end < snapshot.length
                ? Optional.of(first)
                : Optional.empty();
    }

    /**
     * The resource's CRC-32C and length. A cryptographic digest would tell a stale snapshot no better (whoever can
     * change the resource can change the snapshot beside it) and cost each start the set-up of the JDK's security
     * providers, about 15 ms of CPU.
     */
    private static String checksum(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return Long.toHexString(crc.getValue()) + "-" + bytes.length;
    }
}
