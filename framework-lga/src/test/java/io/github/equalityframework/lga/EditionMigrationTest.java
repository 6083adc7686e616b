package io.github.equalityframework.lga;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.engine.AssessmentEngine;
import io.github.equalityframework.io.Format;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.migration.EditionMapping.Relation;
import io.github.equalityframework.migration.MigrationReport;
import io.github.equalityframework.migration.MigrationReport.ClaimOutcome;
import io.github.equalityframework.migration.MigrationReport.MergedClaim;
import io.github.equalityframework.migration.MigrationResult;
import io.github.equalityframework.model.AssessmentPeriod;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.Organisation;
import io.github.equalityframework.model.PeerReview;
import io.github.equalityframework.model.Scope;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.model.ValidatedLevel;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class EditionMigrationTest {
    static final Path EXAMPLE_2014 = Path.of("..", "examples", "data", "anytown-2014.yaml");
    static final AssessmentEngine ENGINE = AssessmentEngine.builder()
            .plugin(new LgaPlugin())
            .profile("lga-default")
            .build();
    static final FrameworkDefinition EFLG_2021 =
            ENGINE.catalogue().framework("lga-eflg-2021").orElseThrow();

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    static SelfAssessment read(Path file) {
        var read = ModelCodec.strict().readSelfAssessment(file);
        assertEquals(List.of(), read.problems());
        return read.value().orElseThrow();
    }

    static SelfAssessment assessment(String framework, List<Claim> claims) {
        return new SelfAssessment(
                new Organisation("Anytown Borough Council", null),
                framework,
                new AssessmentPeriod(LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31)),
                null,
                List.of(),
                claims,
                List.of(),
                null,
                null);
    }

    @Test
    void the2014ExampleIsValidAndMigratesCleanlyToAValid2021Assessment() {
        SelfAssessment old = read(EXAMPLE_2014);
        assertEquals(List.of(), ENGINE.validate(old));

        MigrationResult result = LgaContentTest.REGISTRY.migration().migrate(old, EFLG_2021);

        SelfAssessment migrated = result.assessment();
        assertEquals("lga-eflg-2021", migrated.framework());
        assertEquals(List.of(), ENGINE.validate(migrated));
        assertTrue(result.report().everyClaimCarried(), result.report().lines().toString());
        assertEquals(old.evidence(), migrated.evidence(), "the evidence register is carried whole");
        assertEquals(old.organisation(), migrated.organisation());
        assertEquals(old.period(), migrated.period());
    }

    @Test
    void everyClaimOfThe2014ExampleIsListedWithItsTargetsAndRelation() {
        MigrationReport report = LgaContentTest.REGISTRY
                .migration()
                .migrate(read(EXAMPLE_2014), EFLG_2021)
                .report();

        assertEquals(
                List.of(
                        "claims[0] m1/c1 -> [m1/c1] merged",
                        "claims[1] m1/c2 -> [m1/c2] same",
                        "claims[2] m1/c3 -> [m1/c1] merged",
                        "claims[3] m2/c1 -> [m2/c1] renamed",
                        "claims[4] m2/c3 -> [m3/c2, m2/c2] split",
                        "claims[5] m3/c2 -> [m1/c3] merged",
                        "claims[6] m4/c1 -> [m2/c3] renamed",
                        "claims[7] m5/c3 -> [m4/c3] renamed"),
                report.claims().stream()
                        .map(c -> c.path() + " " + c.criterion() + " -> " + c.targets() + " "
                                + c.relation().id())
                        .toList());
        assertEquals(List.of(new MergedClaim("m1/c1", List.of("m1/c1", "m1/c3"), "developing")), report.merged());
        assertEquals(
                "Migrated from lga-eflg-2014 to lga-eflg-2021: 8 of 8 claims carried, 0 unmapped.",
                report.lines().get(0));
        assertTrue(
                report.lines()
                        .contains(
                                "merged   m1/c1 <- m1/c1, m1/c3: lowest claimed level kept (developing), evidence combined, narratives joined"),
                report.lines().toString());
    }

    @Test
    void claimsLandInTheNewEditionsOrderAndASplitClaimGoesToEachTarget() {
        SelfAssessment migrated = LgaContentTest.REGISTRY
                .migration()
                .migrate(read(EXAMPLE_2014), EFLG_2021)
                .assessment();

        assertEquals(
                List.of(
                        "m1/c1 developing",
                        "m1/c2 developing",
                        "m1/c3 developing",
                        "m2/c1 achieving",
                        "m2/c2 achieving",
                        "m2/c3 achieving",
                        "m3/c2 achieving",
                        "m4/c3 achieving"),
                migrated.claims().stream()
                        .map(c -> c.criterion() + " " + c.level())
                        .toList());
        assertEquals(
                migrated.claim("m2/c2").orElseThrow().evidence(),
                migrated.claim("m3/c2").orElseThrow().evidence());
    }

    @Test
    void aMergedTargetKeepsTheLowestLevelTheUnionOfEvidenceAndBothNarratives() {
        Claim merged = LgaContentTest.REGISTRY
                .migration()
                .migrate(read(EXAMPLE_2014), EFLG_2021)
                .assessment()
                .claim("m1/c1")
                .orElseThrow();

        assertEquals("developing", merged.level());
        assertEquals(List.of("ev-01", "ev-02", "ev-03"), merged.evidence());
        assertEquals("""
                lga-eflg-2014 m1/c1: The 2011 census community profile is refreshed each year with service data and published with the annual equality report.

                lga-eflg-2014 m1/c3: An information sharing protocol with the police and the clinical commissioning group was signed in 2014; joint analysis has not started.""", merged.narrative());
    }

    @Test
    void aClaimOnARemovedCriterionIsReportedAsUnmappedWithWhereToConsiderIt() {
        SelfAssessment old = assessment(
                "lga-eflg-2014",
                List.of(
                        new Claim("m4/c4", "achieving", "Human rights are considered in every EIA.", List.of()),
                        new Claim("m1/c2", "developing", null, List.of())));

        MigrationResult result = LgaContentTest.REGISTRY.migration().migrate(old, EFLG_2021);

        ClaimOutcome humanRights = result.report().claims().get(0);
        assertEquals(false, humanRights.carried());
        assertEquals(Relation.REMOVED, humanRights.relation());
        assertEquals(List.of(humanRights), result.report().unmapped());
        assertEquals(
                "unmapped claims[0] m4/c4 (achieving) [removed]: 2021 has no human rights criterion. Human rights considerations "
                        + "can be recorded within equality impact assessments (m2/c3) and service design and delivery (m3/c3).",
                result.report().lines().get(2));
        assertEquals(
                List.of("m1/c2"),
                result.assessment().claims().stream().map(Claim::criterion).toList());
        assertEquals(false, result.report().everyClaimCarried());
    }

    @Test
    void aClaimOnACriterionTheMappingDoesNotKnowIsReportedNotDropped() {
        SelfAssessment old = assessment("lga-eflg-2014", List.of(new Claim("m9/c9", "developing", null, List.of())));

        ClaimOutcome outcome = LgaContentTest.REGISTRY
                .migration()
                .migrate(old, EFLG_2021)
                .report()
                .claims()
                .get(0);

        assertNull(outcome.relation());
        assertEquals("The mapping has no entry for m9/c9; it is not a criterion of lga-eflg-2014.", outcome.note());
    }

    @Test
    void aClaimAtALevelTheNewScaleLacksIsReportedWithWhatToDo() {
        SelfAssessment old = assessment("lga-eflg-2014", List.of(new Claim("m1/c2", "level-5", null, List.of())));

        ClaimOutcome outcome = LgaContentTest.REGISTRY
                .migration()
                .migrate(old, EFLG_2021)
                .report()
                .claims()
                .get(0);

        assertEquals(false, outcome.carried());
        assertEquals(
                "The level 'level-5' is not on the scale of lga-eflg-2021; claim a level of developing, achieving, excellent "
                        + "and migrate again.",
                outcome.note());
    }

    @Test
    void aSplitOrPartialClaimIsFlaggedForTheCouncilToReview() {
        SelfAssessment old = assessment(
                "lga-eflg-2014",
                List.of(
                        new Claim("m2/c5", "achieving", null, List.of()),
                        new Claim("m2/c1", "achieving", null, List.of())));

        List<ClaimOutcome> outcomes = LgaContentTest.REGISTRY
                .migration()
                .migrate(old, EFLG_2021)
                .report()
                .claims();

        assertEquals(
                List.of(true, false),
                outcomes.stream().map(ClaimOutcome::needsReview).toList());
    }

    @Test
    void a2009AssessmentMigratesAlongThe2009Mapping() {
        SelfAssessment old = assessment(
                "lga-eflg-2009",
                List.of(
                        new Claim("m1/c1", "achieving", "Profile.", List.of()),
                        new Claim("m1/c3", "excellent", "Sharing.", List.of())));

        MigrationResult result = LgaContentTest.REGISTRY.migration().migrate(old, EFLG_2021);

        assertEquals("lga-eflg-2009", result.report().from());
        assertEquals(
                List.of(new Claim(
                        "m1/c1",
                        "achieving",
                        "lga-eflg-2009 m1/c1: Profile.\n\nlga-eflg-2009 m1/c3: Sharing.",
                        List.of())),
                result.assessment().claims());
    }

    static final String GENDER_NOTE = "The characteristic gender of lga-eflg-2009 becomes sex in 2 evidence items "
            + "and the scope. The 2009 gender strand covered women and men and, in the practice of the time, "
            + "transgender people; the Equality Act 2010 divides it into sex and gender reassignment. Evidence about "
            + "gender is carried as sex: add gender-reassignment to the evidence that also covered transgender people.";
    static final String SAME_NOTE = "The characteristics age, disability, race, religion-or-belief, sexual-orientation "
            + "of lga-eflg-2009 carry to those of the same ids in lga-eflg-2021.";

    static SelfAssessment of2009(Scope scope, List<EvidenceItem> evidence) {
        return new SelfAssessment(
                new Organisation("Anytown Borough Council", null),
                "lga-eflg-2009",
                new AssessmentPeriod(LocalDate.of(2009, 4, 1), LocalDate.of(2010, 3, 31)),
                scope,
                List.of(),
                List.of(new Claim(
                        "m1/c1",
                        "developing",
                        null,
                        evidence.stream().map(EvidenceItem::id).toList())),
                evidence,
                null,
                null);
    }

    static EvidenceItem item(String id, String... characteristics) {
        return new EvidenceItem(
                id, "Evidence " + id, "equality-data", LocalDate.of(2009, 9, 1), null, List.of(characteristics), null);
    }

    @Test
    void theGenderStrandBecomesSexWithANoteAndTheOtherStrandsCarryOneToOne() {
        SelfAssessment old = of2009(
                new Scope(List.of("gender", "race"), List.of()),
                List.of(
                        item(
                                "profile",
                                "age",
                                "disability",
                                "gender",
                                "race",
                                "religion-or-belief",
                                "sexual-orientation"),
                        item("survey", "gender", "sex"),
                        item("hate-crime", "race")));
        assertEquals(List.of(), ENGINE.validate(old));

        MigrationResult result = LgaContentTest.REGISTRY.migration().migrate(old, EFLG_2021);

        SelfAssessment migrated = result.assessment();
        assertEquals(new Scope(List.of("sex", "race"), List.of()), migrated.scope());
        assertEquals(
                List.of(
                        List.of("age", "disability", "sex", "race", "religion-or-belief", "sexual-orientation"),
                        List.of("sex"),
                        List.of("race")),
                migrated.evidence().stream().map(EvidenceItem::characteristics).toList());
        assertEquals(List.of(GENDER_NOTE, SAME_NOTE), result.report().notes());
        assertEquals(List.of(), ENGINE.validate(migrated));
    }

    @Test
    void aScopeOfAllStrandsIsSaidToCoverTheThreeLaterCharacteristicsIn2021() {
        SelfAssessment old = of2009(
                Scope.ALL,
                List.of(item(
                        "profile", "age", "disability", "gender", "race", "religion-or-belief", "sexual-orientation")));

        MigrationResult result = LgaContentTest.REGISTRY.migration().migrate(old, EFLG_2021);

        assertEquals(Scope.ALL, result.assessment().scope());
        assertEquals(
                List.of(
                        "The characteristic gender of lga-eflg-2009 becomes sex in 1 evidence item. The 2009 gender strand "
                                + "covered women and men and, in the practice of the time, transgender people; the "
                                + "Equality Act 2010 divides it into sex and gender reassignment. Evidence about gender "
                                + "is carried as sex: add gender-reassignment to the evidence that also covered "
                                + "transgender people.",
                        SAME_NOTE,
                        "The scope lists no characteristics: in lga-eflg-2009 that meant age, disability, gender, race, "
                                + "religion-or-belief, sexual-orientation; in lga-eflg-2021 it means "
                                + "gender-reassignment, marriage-and-civil-partnership, pregnancy-and-maternity too. Add "
                                + "evidence about them, or list the characteristics in scope."),
                result.report().notes());
    }

    @Test
    void aMigrationFrom2014LeavesCharacteristicsAsTheyAre() {
        SelfAssessment old = read(EXAMPLE_2014);

        MigrationResult result = LgaContentTest.REGISTRY.migration().migrate(old, EFLG_2021);

        assertEquals(old.evidence(), result.assessment().evidence());
        assertEquals(
                List.of(),
                LgaContentTest.REGISTRY
                        .migration()
                        .mapping("lga-eflg-2014")
                        .orElseThrow()
                        .characteristics());
    }

    @Test
    void aPeerReviewIsNotCarriedAndTheReportSaysWhy() {
        PeerReview review = new PeerReview(
                List.of(),
                LocalDate.of(2016, 2, 9),
                null,
                null,
                List.of(new ValidatedLevel("m1/c2", "achieving", null)),
                List.of(),
                null);
        SelfAssessment old = new SelfAssessment(
                new Organisation("Anytown Borough Council", null),
                "lga-eflg-2014",
                new AssessmentPeriod(LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31)),
                null,
                List.of(),
                List.of(new Claim("m1/c2", "achieving", null, List.of())),
                List.of(),
                review,
                null);

        MigrationResult result = LgaContentTest.REGISTRY.migration().migrate(old, EFLG_2021);

        assertNull(result.assessment().peerReview());
        assertEquals(
                List.of(
                        "The peer review (visit from 2016-02-09) is not carried: its 1 validated levels and its feedback judge "
                                + "lga-eflg-2014 criteria, which peers have not judged in lga-eflg-2021. Keep the original file as its record."),
                result.report().notes());
    }

    @Test
    void modulesInScopeBecomeTheNewModulesThatReceiveTheClaims() {
        SelfAssessment old = new SelfAssessment(
                new Organisation("Anytown Borough Council", null),
                "lga-eflg-2014",
                new AssessmentPeriod(LocalDate.of(2015, 4, 1), LocalDate.of(2016, 3, 31)),
                new Scope(List.of("race"), List.of("m4")),
                List.of(),
                List.of(
                        new Claim("m4/c1", "developing", null, List.of()),
                        new Claim("m4/c3", "developing", null, List.of())),
                List.of(),
                null,
                null);

        MigrationResult result = LgaContentTest.REGISTRY.migration().migrate(old, EFLG_2021);

        assertEquals(
                new Scope(List.of("race"), List.of("m2", "m3")),
                result.assessment().scope());
        assertEquals(
                List.of(
                        "The modules in scope, m4 of lga-eflg-2014, become m2, m3 of lga-eflg-2021: the modules that receive the claims."),
                result.report().notes());
    }

    @Test
    void migratingAnAssessmentAlreadyInTheNewEditionSaysThereIsNothingToDo() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> LgaContentTest.REGISTRY.migration().migrate(assessment("lga-eflg-2021", List.of()), EFLG_2021));
        assertEquals(
                "The self-assessment is already against lga-eflg-2021; there is nothing to migrate.", e.getMessage());
    }

    @Test
    void migratingFromAnEditionWithoutAMappingNamesTheEditionsThatHaveOne() {
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> LgaContentTest.REGISTRY.migration().migrate(assessment("nhs-eds-2022", List.of()), EFLG_2021));
        assertEquals(
                "There is no mapping from nhs-eds-2022; self-assessments can be migrated from lga-eflg-2009 and lga-eflg-2014.",
                e.getMessage());
    }

    @Test
    void migratingToAnotherEditionThanTheMappingsTargetIsRefused() {
        FrameworkDefinition eflg2009 =
                ENGINE.catalogue().framework("lga-eflg-2009").orElseThrow();
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> LgaContentTest.REGISTRY.migration().migrate(assessment("lga-eflg-2014", List.of()), eflg2009));
        assertEquals(
                "A self-assessment against lga-eflg-2014 can be migrated to lga-eflg-2021 only, not to lga-eflg-2009.",
                e.getMessage());
    }

    @Test
    void aTargetDefinitionThatLacksMappedCriteriaIsRefusedNamingThem() {
        FrameworkDefinition cut = new FrameworkDefinition(
                EFLG_2021.id(),
                EFLG_2021.edition(),
                EFLG_2021.title(),
                EFLG_2021.source(),
                EFLG_2021.scale(),
                EFLG_2021.modules().subList(0, 3),
                List.of(),
                List.of());
        var e = assertThrows(
                IllegalArgumentException.class,
                () -> LgaContentTest.REGISTRY.migration().migrate(assessment("lga-eflg-2014", List.of()), cut));
        assertEquals(
                "The mapping from lga-eflg-2014 names criteria that this definition of lga-eflg-2021 does not have: "
                        + "m4/c1, m4/c2, m4/c3, m4/c4, m4/c5.",
                e.getMessage());
    }

    @Test
    void theMigratedAssessmentWritesAsYamlThatReadsBackValid() {
        SelfAssessment migrated = LgaContentTest.REGISTRY
                .migration()
                .migrate(read(EXAMPLE_2014), EFLG_2021)
                .assessment();

        String yaml = ModelCodec.strict().write(migrated, Format.YAML);
        var back = ModelCodec.strict().read(yaml, "migrated.yaml", Format.YAML, SelfAssessment.class);

        assertEquals(List.of(), back.problems());
        assertEquals(migrated, back.value().orElseThrow());
    }
}
