package io.github.equalityframework.xlsx;

import io.github.equalityframework.model.CouncilRole;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The council roles of an action plan entry as one cell or field holds them: written as the ids the
 * YAML has ({@code community_leader, service_provider}), read as those ids or as their names
 * ({@code Community leader}), in any case, with hyphens or spaces for the underscores.
 */
final class Roles {
    /** How a cell lists roles, for the workbook's instructions and the problems reported. */
    static final String ACCEPTED =
            Arrays.stream(CouncilRole.values()).map(WorkbookWriter::lower).collect(Collectors.joining(", "))
                    + " (or their names: "
                    + Arrays.stream(CouncilRole.values()).map(Roles::name).collect(Collectors.joining(", ")) + ")";

    private Roles() {}

    /** The role's name in words, e.g. {@code community leader}. */
    static String name(CouncilRole role) {
        return WorkbookWriter.lower(role).replace('_', ' ');
    }

    /** The roles as a cell lists them: their ids separated by commas. */
    static String write(List<CouncilRole> roles, String separator) {
        return roles.stream().map(WorkbookWriter::lower).collect(Collectors.joining(separator));
    }

    /** The role an id or name stands for. */
    static Optional<CouncilRole> parse(String text) {
        return Choices.parse(text, CouncilRole.class);
    }

    /** The message for a value that is no role, naming what separates roles in that place. */
    static String unknown(String text, String separatedBy) {
        return "unknown role '" + text + "'; expected one or more of: " + ACCEPTED + ", separated by " + separatedBy;
    }
}
