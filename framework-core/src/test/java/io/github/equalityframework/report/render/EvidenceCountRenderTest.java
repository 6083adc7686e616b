package io.github.equalityframework.report.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.equalityframework.model.EvidenceItem;
import io.github.equalityframework.model.EvidencePart;
import io.github.equalityframework.model.SelfAssessment;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The evidence register shows what an item counts, in both report formats, and only when an item counts. */
class EvidenceCountRenderTest {

    /** The plain fixture with its second item counting 23 consultations, 14 online and 9 in person. */
    private static ReportInput counted(List<EvidencePart> parts) {
        ReportInput plain = RenderFixture.plain();
        SelfAssessment a = plain.assessment();
        List<EvidenceItem> evidence = new ArrayList<>(a.evidence());
        EvidenceItem e = evidence.get(1);
        evidence.set(
                1,
                new EvidenceItem(
                        e.id(),
                        e.title(),
                        e.kind(),
                        e.date(),
                        e.location(),
                        e.characteristics(),
                        e.owner(),
                        23,
                        parts));
        SelfAssessment withCount = new SelfAssessment(
                a.organisation(),
                a.framework(),
                a.period(),
                a.scope(),
                a.localCharacteristics(),
                a.claims(),
                evidence,
                a.peerReview(),
                a.actionPlan());
        return new ReportInput(plain.report(), withCount, plain.framework(), plain.language());
    }

    private static final List<EvidencePart> PARTS =
            List.of(new EvidencePart("online", 14), new EvidencePart("in person", 9));

    @Test
    void theMarkdownRegisterHasACountColumnWithTheParts() {
        String md = ReportRenderer.markdown().render(counted(PARTS));

        assertTrue(
                md.contains("| Id | Title | Kind | Date | Count |\n|---|---|---|---|---:|\n"
                        + "| `ev-1` | Community profile 2023 | `equality-data` | 1 June 2020 |  |\n"
                        + "| `ev-2` | Partnership board minutes | `minutes` | 14 November 2023 | 23 (14 online, 9 in "
                        + "person) |\n"),
                md);
    }

    @Test
    void theHtmlRegisterHasACountColumnWithTheParts() {
        String html = ReportRenderer.html().render(counted(PARTS));

        assertTrue(html.contains("<th scope=\"col\">Date</th><th scope=\"col\">Count</th>"), html);
        assertTrue(html.contains("<td>14 November 2023</td><td>23 (14 online, 9 in person)</td>"), html);
    }

    @Test
    void aCountWithoutPartsIsTheNumberAlone() {
        String html = ReportRenderer.html().render(counted(List.of()));

        assertTrue(html.contains("<td>14 November 2023</td><td>23</td>"), html);
    }

    @Test
    void aRegisterWithoutCountsHasNoCountColumn() {
        ReportInput plain = RenderFixture.plain();

        assertFalse(ReportRenderer.html().render(plain).contains(">Count<"));
        assertFalse(ReportRenderer.markdown().render(plain).contains("Count"));
    }
}
