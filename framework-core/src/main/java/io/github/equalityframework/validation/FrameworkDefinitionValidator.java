package io.github.equalityframework.validation;

import static org.apiguardian.api.API.Status.STABLE;

import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceKind;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.FrameworkModule;
import io.github.equalityframework.model.LevelDescriptor;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.problem.ValidationProblem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apiguardian.api.API;

/**
 * Checks a framework definition, which is data like any user input: field constraints, unique ids and
 * ranks, a descriptor for every level of every criterion, and known evidence kinds.
 */
@API(status = STABLE, since = "0.1")
public final class FrameworkDefinitionValidator {
    private final List<EvidenceKind> knownKinds;

    /** @param knownKinds evidence kinds installed besides those the framework itself adds */
    public FrameworkDefinitionValidator(List<EvidenceKind> knownKinds) {
        this.knownKinds = List.copyOf(knownKinds);
    }

    public List<ValidationProblem> validate(FrameworkDefinition framework) {
        ProblemList problems = new ProblemList();
        problems.addAll(BeanConstraints.check(framework));
        List<MaturityLevel> levels =
                framework.scale() == null ? List.of() : framework.scale().levels();
        Map<String, Integer> levelIds = new HashMap<>();
        Map<Integer, Integer> ranks = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            MaturityLevel level = levels.get(i);
            if (level == null) {
                continue;
            }
            if (level.id() != null && levelIds.putIfAbsent(level.id(), i) != null) {
                problems.add(
                        DataPath.root().field("scale").field("levels").index(i).field("id"),
                        "duplicate level id '" + level.id() + "'");
            }
            if (ranks.putIfAbsent(level.rank(), i) != null) {
                problems.add(
                        DataPath.root().field("scale").field("levels").index(i).field("rank"),
                        "two levels share rank " + level.rank());
            }
        }
        List<String> kinds = Stream.concat(knownKinds.stream(), framework.evidenceKinds().stream())
                .filter(k -> k != null && k.id() != null)
                .map(EvidenceKind::id)
                .distinct()
                .sorted()
                .toList();
        checkDefaultCharacteristics(framework, problems);
        Set<String> moduleIds = new HashSet<>();
        Set<String> criterionIds = new HashSet<>();
        for (int m = 0; m < framework.modules().size(); m++) {
            FrameworkModule module = framework.modules().get(m);
            if (module == null) {
                continue;
            }
            DataPath modulePath = DataPath.root().field("modules").index(m);
            if (module.id() != null && !moduleIds.add(module.id())) {
                problems.add(modulePath.field("id"), "duplicate module id '" + module.id() + "'");
            }
            for (int c = 0; c < module.criteria().size(); c++) {
                Criterion criterion = module.criteria().get(c);
                if (criterion == null) {
                    continue;
                }
                DataPath path = modulePath.field("criteria").index(c);
                if (criterion.id() != null && !criterionIds.add(criterion.id())) {
                    problems.add(path.field("id"), "duplicate criterion id '" + criterion.id() + "'");
                }
                checkDescriptors(path, criterion, levelIds, kinds, problems);
            }
        }
        return problems.toList();
    }

    /** An edition's default characteristics are protected ones or its own local ones, each named once. */
    private static void checkDefaultCharacteristics(FrameworkDefinition framework, ProblemList problems) {
        List<String> known = Stream.concat(Characteristic.PROTECTED.stream(), framework.localCharacteristics().stream())
                .filter(c -> c != null && c.id() != null)
                .map(Characteristic::id)
                .distinct()
                .sorted()
                .toList();
        Set<String> seen = new HashSet<>();
        List<String> ids = framework.defaultCharacteristics();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null) {
                continue;
            }
            DataPath path = DataPath.root().field("defaultCharacteristics").index(i);
            if (!known.contains(id)) {
                problems.unknown(path, id, "a protected characteristic or one the framework adds", known);
            } else if (!seen.add(id)) {
                problems.add(path, "'" + id + "' is named twice");
            }
        }
    }

    private static void checkDescriptors(
            DataPath path,
            Criterion criterion,
            Map<String, Integer> levelIds,
            List<String> kinds,
            ProblemList problems) {
        Set<String> described = new HashSet<>();
        for (int d = 0; d < criterion.descriptors().size(); d++) {
            LevelDescriptor descriptor = criterion.descriptors().get(d);
            if (descriptor == null || descriptor.level() == null) {
                continue;
            }
            DataPath at = path.field("descriptors").index(d);
            if (!levelIds.containsKey(descriptor.level())) {
                problems.unknown(
                        at.field("level"),
                        descriptor.level(),
                        "a level of the scale",
                        levelIds.keySet().stream().sorted().toList());
            } else if (!described.add(descriptor.level())) {
                problems.add(at.field("level"), "level '" + descriptor.level() + "' is described twice");
            }
            for (int k = 0; k < descriptor.expectedEvidence().size(); k++) {
                String kind = descriptor.expectedEvidence().get(k);
                if (kind != null && !kinds.contains(kind)) {
                    problems.unknown(at.field("expectedEvidence").index(k), kind, "a known evidence kind", kinds);
                }
            }
        }
        levelIds.keySet().stream()
                .filter(level -> !described.contains(level))
                .sorted()
                .forEach(level -> problems.add(
                        path.field("descriptors"),
                        "criterion '" + criterion.id() + "' has no descriptor for level '" + level + "'"));
    }
}
