package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The pay gap measures for one characteristic (sex, ethnicity or disability): each group compared with
 * the reference group, and how many employees did not say.
 *
 * @param characteristic  {@code sex}, {@code ethnicity} or {@code disability}
 * @param referenceGroup  the group the others are compared with
 * @param groups          the reference group first, then the others in alphabetical order
 * @param undeclaredGroup the name of the employees left out of the comparison, e.g. {@code Not declared}
 * @param undeclared      how many relevant employees are left out of the comparison (a count)
 * @param declarationRate the percentage of relevant employees in one of the groups
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CharacteristicPayGaps(
        String characteristic,
        String referenceGroup,
        List<GroupFigures> groups,
        String undeclaredGroup,
        Figure undeclared,
        Figure declarationRate) {

    public CharacteristicPayGaps {
        groups = List.copyOf(groups);
    }

    /** The figures of a group, by name. */
    public java.util.Optional<GroupFigures> group(String name) {
        return groups.stream().filter(g -> g.group().equals(name)).findFirst();
    }
}
