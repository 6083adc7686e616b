package io.github.equalityframework.lga;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.migration.MigrationReport.ClaimOutcome;
import io.github.equalityframework.migration.MigrationResult;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.MaturityLevel;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.SelfAssessment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/** Migration carries every claim somewhere or says why not, over generated 2014 and 2009 assessments. */
class MigrationPropertiesTest {
    static final AssessmentEngine ENGINE =
            AssessmentEngine.builder().plugin(new LgaPlugin()).build();
    static final FrameworkDefinition EFLG_2021 =
            ENGINE.catalogue().framework("lga-eflg-2021").orElseThrow();
    static final List<EvidenceItem> REGISTER = List.of(
            new EvidenceItem("e1", "Profile", "equality-data", LocalDate.of(2015, 6, 1), null, List.of("race"), null),
            new EvidenceItem("e2", "Policy", "policy", LocalDate.of(2014, 6, 1), null, List.of(), null),
            new EvidenceItem("e3", "Minutes", "minutes", LocalDate.of(2015, 9, 1), null, List.of(), null));

    @AfterContainer
    static void close() {
        ENGINE.close();
    }

    @Provide
    Arbitrary<SelfAssessment> oldAssessments() {
        return Arbitraries.of("lga-eflg-2014", "lga-eflg-2009").flatMap(edition -> {
            List<Criterion> criteria = ENGINE.catalogue()
                    .framework(edition)
                    .orElseThrow()
                    .criteria()
                    .toList();
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
            return claim.list()
                    .ofMaxSize(12)
                    .uniqueElements(Claim::criterion)
                    .map(claims -> new SelfAssessment(
                            new Organisation("Anytown Borough Council", null),
                            edition,
                            new AssessmentPeriod(LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31)),
                            null,
                            List.of(),
                            claims,
                            REGISTER,
                            null,
                            null));
        });
    }

    @Property
    boolean everySourceClaimIsReportedOnceInOrderAndCarriedOnlyWhereTheReportSays(
            @ForAll("oldAssessments") SelfAssessment old) {
        MigrationResult result = LgaContentTest.REGISTRY.migration().migrate(old, EFLG_2021);
        List<ClaimOutcome> outcomes = result.report().claims();
        if (!outcomes.stream()
                .map(ClaimOutcome::criterion)
                .toList()
                .equals(old.claims().stream().map(Claim::criterion).toList())) {
            return false;
        }
        Set<String> carriedTo = new java.util.TreeSet<>();
        outcomes.forEach(o -> carriedTo.addAll(o.targets()));
        return new java.util.TreeSet<>(result.assessment().claims().stream()
                        .map(Claim::criterion)
                        .toList())
                .equals(carriedTo);
    }

    @Property
    boolean theMigratedAssessmentIsValidAndKeepsTheRegisterWhole(@ForAll("oldAssessments") SelfAssessment old) {
        SelfAssessment migrated =
                LgaContentTest.REGISTRY.migration().migrate(old, EFLG_2021).assessment();
        return ENGINE.validate(migrated).isEmpty() && migrated.evidence().equals(old.evidence());
    }

    @Property
    boolean eachTargetKeepsTheLowestLevelAndAllTheEvidenceOfItsSources(@ForAll("oldAssessments") SelfAssessment old) {
        MigrationResult result = LgaContentTest.REGISTRY.migration().migrate(old, EFLG_2021);
        for (Claim target : result.assessment().claims()) {
            List<Claim> sources = new ArrayList<>();
            for (int i = 0; i < old.claims().size(); i++) {
                if (result.report().claims().get(i).targets().contains(target.criterion())) {
                    sources.add(old.claims().get(i));
                }
            }
            String lowest = sources.stream()
                    .map(c -> EFLG_2021.scale().level(c.level()).orElseThrow())
                    .min(Comparator.naturalOrder())
                    .map(MaturityLevel::id)
                    .orElseThrow();
            Set<String> evidence = new java.util.TreeSet<>();
            sources.forEach(c -> evidence.addAll(c.evidence()));
            if (!target.level().equals(lowest)
                    || !new java.util.TreeSet<>(target.evidence()).equals(evidence)
                    || target.evidence().size() != evidence.size()) {
                return false;
            }
        }
        return true;
    }
}
