package io.github.equalityframework.cli.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.equalityframework.cli.Cli;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.ActionPlan;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a finding's or a form's action is in the plan. */
class ActionAtTest {
    @Test
    void aFindingAboutAnActionOrOneOfItsPartsIsPlacedOnIt() {
        assertEquals(Optional.of(new ActionAt(0, 2)), ActionAt.ofFinding("actionPlan.entries[0].actions[2]"));
        assertEquals(
                Optional.of(new ActionAt(12, 3)), ActionAt.ofFinding("actionPlan.entries[12].actions[3].progress[1]"));
        assertEquals(Optional.of(new ActionAt(1, 0)), ActionAt.ofFinding("actionPlan.entries[1].actions[0].due"));
    }

    @Test
    void aFindingAboutAnythingElseIsOnNoAction() {
        assertEquals(Optional.empty(), ActionAt.ofFinding(null));
        assertEquals(Optional.empty(), ActionAt.ofFinding(""));
        assertEquals(Optional.empty(), ActionAt.ofFinding("claims[3]"));
        assertEquals(Optional.empty(), ActionAt.ofFinding("actionPlan.entries[1]"));
        assertEquals(Optional.empty(), ActionAt.ofFinding("actionPlan.entries[1].actions[2]x"));
        assertEquals(Optional.empty(), ActionAt.ofFinding("entries[1].actions[2]"));
        assertEquals(Optional.empty(), ActionAt.ofFinding("actionPlan.entries[1234567890].actions[0]"));
    }

    @Test
    void anActionIsFoundByItsId() {
        ActionPlan plan = ModelCodec.strict()
                .read(Cli.SECOND_PLAN, ActionPlan.class)
                .value()
                .orElseThrow();
        ActionAt first =
                ActionAt.of(plan, plan.entries().get(0).actions().get(0).id()).orElseThrow();
        assertEquals(new ActionAt(0, 0), first);
        int last = plan.entries().size() - 1;
        String id = plan.entries().get(last).actions().get(0).id();
        ActionAt at = ActionAt.of(plan, id).orElseThrow();
        assertEquals(id, at.in(plan).id());
        assertEquals("-" + at.entry() + "-0", at.suffix());
        assertEquals("entries[" + at.entry() + "].actions[0]", at.path());
        assertEquals(Optional.empty(), ActionAt.of(plan, "no-such-action"));
    }
}
