package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The figures of one group (men, an ethnic group, disabled employees, ...) compared with the reference
 * group of its characteristic. Gaps are (reference - group) / reference x 100: positive when the group
 * is paid less. Percentages have one decimal place.
 *
 * @param group              the group's name
 * @param relevantEmployees  how many relevant employees are in the group (a count)
 * @param paidBonus          the percentage of the group's relevant employees paid a bonus in the 12 months
 * @param meanHourlyPayGap   mean hourly pay gap of full-pay relevant employees, % of the reference's mean
 * @param medianHourlyPayGap median hourly pay gap, % of the reference's median
 * @param meanBonusGap       mean bonus gap of employees paid a bonus, % of the reference's mean bonus
 * @param medianBonusGap     median bonus gap, % of the reference's median bonus
 * @param quartiles          the group's share of each hourly pay quartile band, lower band first (four)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GroupFigures(
        String group,
        Figure relevantEmployees,
        Figure paidBonus,
        Figure meanHourlyPayGap,
        Figure medianHourlyPayGap,
        Figure meanBonusGap,
        Figure medianBonusGap,
        List<Figure> quartiles) {

    public GroupFigures {
        quartiles = List.copyOf(quartiles);
    }
}
