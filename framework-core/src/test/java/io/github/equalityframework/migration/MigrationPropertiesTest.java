package io.github.equalityframework.migration;

import io.github.equalityframework.migration.MigrationReport.ClaimOutcome;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.SelfAssessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Migration carries every claim somewhere or says why not, over generated assessments of a non-LGA framework. */
class MigrationPropertiesTest {
    private static final EditionMigration MIGRATION = EditionMigrationTest.REGISTRY.migration();

    @Provide
    Arbitrary<SelfAssessment> olderAssessments() {
        List<Criterion> criteria = TwoEditionsPlugin.older().criteria().toList();
        Arbitrary<Claim> claim = Combinators.combine(
                        Arbitraries.of(criteria),
                        Arbitraries.of("developing", "achieving", "excellent"),
                        Arbitraries.subsetOf("e1", "e2", "e3"),
                        Arbitraries.of("", "Narrative."))
                .as((c, level, evidence, narrative) -> new Claim(
                        c.id(),
                        level,
                        narrative.isEmpty() ? null : narrative,
                        evidence.stream().sorted().toList()));
        return claim.list().ofMaxSize(5).uniqueElements(Claim::criterion).map(EditionMigrationTest::older);
    }

    @Property
    boolean everySourceClaimIsReportedOnceInOrderAndCarriedOnlyWhereTheReportSays(
            @ForAll("olderAssessments") SelfAssessment old) {
        MigrationResult result = MIGRATION.migrate(old, EditionMigrationTest.NEWER);
        List<ClaimOutcome> outcomes = result.report().claims();
        if (!outcomes.stream()
                .map(ClaimOutcome::criterion)
                .toList()
                .equals(old.claims().stream().map(Claim::criterion).toList())) {
            return false;
        }
        Set<String> carriedTo = new TreeSet<>();
        outcomes.forEach(o -> carriedTo.addAll(o.targets()));
        return new TreeSet<>(result.assessment().claims().stream()
                        .map(Claim::criterion)
                        .toList())
                .equals(carriedTo);
    }

    @Property
    boolean theMigratedAssessmentIsValidAndKeepsTheRegisterWhole(@ForAll("olderAssessments") SelfAssessment old) {
        SelfAssessment migrated =
                MIGRATION.migrate(old, EditionMigrationTest.NEWER).assessment();
        return EditionMigrationTest.ENGINE.validate(migrated).isEmpty()
                && migrated.evidence().equals(old.evidence());
    }

    @Property
    boolean eachTargetKeepsTheLowestLevelAndAllTheEvidenceOfItsSources(@ForAll("olderAssessments") SelfAssessment old) {
        MigrationResult result = MIGRATION.migrate(old, EditionMigrationTest.NEWER);
        for (Claim target : result.assessment().claims()) {
            List<Claim> sources = new ArrayList<>();
            for (int i = 0; i < old.claims().size(); i++) {
                if (result.report().claims().get(i).targets().contains(target.criterion())) {
                    sources.add(old.claims().get(i));
                }
            }
            String lowest = sources.stream()
                    .map(c ->
                            EditionMigrationTest.NEWER.scale().level(c.level()).orElseThrow())
                    .min(Comparator.naturalOrder())
                    .map(MaturityLevel::id)
                    .orElseThrow();
            Set<String> evidence = new TreeSet<>();
            sources.forEach(c -> evidence.addAll(c.evidence()));
            if (!target.level().equals(lowest)
                    || !new TreeSet<>(target.evidence()).equals(evidence)
                    || target.evidence().size() != evidence.size()) {
                return false;
            }
        }
        return true;
    }
}
