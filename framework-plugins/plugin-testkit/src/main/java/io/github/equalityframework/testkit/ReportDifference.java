package io.github.equalityframework.testkit;

import io.github.equalityframework.problem.DataPath;
import io.github.equalityframework.report.AssessmentReport;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;

/** Says where two outcomes of assessing the same self-assessment first differ, in one short phrase. */
final class ReportDifference {
    private static final int MAX = 160;

    private ReportDifference() {}

    static String describe(
            AssessmentReport expected,
            String expectedJson,
            String expectedThrown,
            AssessmentReport actual,
            String actualJson,
            String actualThrown) {
        if (expectedThrown != null || actualThrown != null) {
            return outcome(expectedThrown) + " then " + outcome(actualThrown);
        }
        if (expected.equals(actual)) {
            int at = firstDifference(expectedJson, actualJson);
            return "equal reports but different JSON from character " + at + ": " + shorten(expectedJson.substring(at))
                    + ", then " + shorten(actualJson.substring(at));
        }
        return difference(DataPath.root(), expected, actual);
    }

    /** The path of the first difference within two values, going into records and lists. */
    private static String difference(DataPath path, Object a, Object b) {
        if (a instanceof Record left && b instanceof Record right && a.getClass() == b.getClass()) {
            for (RecordComponent component : a.getClass().getRecordComponents()) {
                Object x = read(component, left);
                Object y = read(component, right);
                if (!Objects.equals(x, y)) {
                    return difference(path.field(component.getName()), x, y);
                }
            }
        }
        if (a instanceof List<?> left && b instanceof List<?> right) {
            for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
                if (!Objects.equals(left.get(i), right.get(i))) {
                    return difference(path.index(i), left.get(i), right.get(i));
                }
            }
            return path + " had " + left.size() + " entries, then " + right.size();
        }
        return path + " was " + shorten(a) + ", then " + shorten(b);
    }

    private static String outcome(String thrown) {
        return thrown == null ? "a report" : "threw " + thrown;
    }

    private static Object read(RecordComponent component, Record value) {
        try {
            return component.getAccessor().invoke(value);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + component.getName() + " of "
                            + value.getClass().getSimpleName(),
                    e);
        }
    }

    private static int firstDifference(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return Math.max(0, i - 20);
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value).replace('\n', ' ');
        return text.length() <= MAX ? text : text.substring(0, MAX - 3) + "...";
    }
}
