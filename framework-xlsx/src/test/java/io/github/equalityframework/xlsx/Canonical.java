package io.github.equalityframework.xlsx;

import io.github.equalityframework.model.Catalogue;
import io.github.equalityframework.model.Characteristic;
import io.github.equalityframework.model.Claim;
import io.github.equalityframework.model.Criterion;
import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.model.SelfAssessment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one thing a workbook does not keep is order where a sheet has its own: claims come back in the
 * framework's order (a row per criterion), and an evidence item's characteristics in the order of the
 * register's columns (those without a column after them, as listed).
 */
final class Canonical {
    private Canonical() {}

    static SelfAssessment of(SelfAssessment a, Catalogue catalogue) {
        FrameworkDefinition framework = catalogue.framework(a.framework()).orElseThrow();
        List<String> criteria = framework.criteria().map(Criterion::id).toList();
        List<String> columns =
                catalogue.characteristicsFor(a).stream().map(Characteristic::id).toList();
        List<Claim> claims = new ArrayList<>(a.claims());
        claims.sort(Comparator.comparingInt(c -> criteria.indexOf(c.criterion())));
        List<EvidenceItem> evidence = a.evidence().stream()
                .map(e -> {
                    List<String> in = new ArrayList<>(e.characteristics().stream()
                            .filter(columns::contains)
                            .toList());
                    in.sort(Comparator.comparingInt(columns::indexOf));
                    e.characteristics().stream()
                            .filter(c -> !columns.contains(c))
                            .forEach(in::add);
                    return new EvidenceItem(
                            e.id(), e.title(), e.kind(), e.date(), e.location(), in, e.owner(), e.count(), e.parts());
                })
                .toList();
        return new SelfAssessment(
                a.organisation(),
                a.framework(),
                a.period(),
                a.scope(),
                a.localCharacteristics(),
                claims,
                evidence,
                a.peerReview(),
                a.actionPlan());
    }
}
