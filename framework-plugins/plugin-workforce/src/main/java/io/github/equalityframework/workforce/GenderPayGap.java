package io.github.equalityframework.workforce;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The six statutory gender pay gap figures (Equality Act 2010 (Specific Duties and Public Authorities)
 * Regulations 2017, Schedule 1, for public authorities; the same measures as the Gender Pay Gap
 * Information Regulations 2017 for other employers):
 * <ol>
 *   <li>the mean gender pay gap in hourly pay, as a percentage of men's mean hourly pay;</li>
 *   <li>the median gender pay gap in hourly pay, as a percentage of men's median;</li>
 *   <li>the mean bonus gap, of men and women paid a bonus in the 12 months to the snapshot date;</li>
 *   <li>the median bonus gap;</li>
 *   <li>the proportions of male and of female relevant employees paid a bonus;</li>
 *   <li>the proportions of men and women in each hourly pay quartile band.</li>
 * </ol>
 * Percentages have one decimal place, rounded half up.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record GenderPayGap(
        Figure meanHourlyPayGap,
        Figure medianHourlyPayGap,
        Figure meanBonusGap,
        Figure medianBonusGap,
        Figure menPaidBonus,
        Figure womenPaidBonus,
        List<QuartileShares> quartiles) {

    /**
     * The shares of men and women in one quartile pay band.
     *
     * @param band  {@code lower}, {@code lower middle}, {@code upper middle} or {@code upper}
     * @param men   the percentage of the band's employees who are men
     * @param women the percentage who are women
     */
    public record QuartileShares(String band, Figure men, Figure women) {}

    public GenderPayGap {
        quartiles = List.copyOf(quartiles);
    }
}
