package io.github.equalityframework.xlsx;

import java.util.List;

/**
 * The workbook's sheets and columns, shared by the writer and the reader. Every table sheet has a title
 * in row 1, its column headers in row 2 and data from row 3; the reader finds columns by their headers,
 * so that a column moved in a spreadsheet program is still read.
 */
final class Layout {
    static final String INSTRUCTIONS = "Instructions";
    static final String ASSESSMENT = "Assessment";
    static final String LOCAL = "Local characteristics";
    static final String EVIDENCE = "Evidence";
    static final String ACTIONS = "Action plan";
    static final String PROGRESS = "Progress";
    static final String REVIEW = "Peer review";
    static final String TEAM = "Peer team";
    static final String VALIDATED = "Validated levels";
    static final String FEEDBACK = "Peer feedback";
    static final String LISTS = "Lists";

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_DATA_ROW = 2;
    /** How far down drop-downs and date checks reach below the data written. */
    static final int SPARE_ROWS = 500;

    // The Assessment and Peer review sheets: a label in column A, its value in column B.
    static final String FIELD = "Field";
    static final String VALUE = "Value";
    static final String NOTES = "Notes";
    static final String ORGANISATION = "Organisation";
    static final String GSS_CODE = "GSS code";
    static final String FRAMEWORK = "Framework";
    static final String PERIOD_FROM = "Period from";
    static final String PERIOD_TO = "Period to";
    static final String SCOPE_CHARACTERISTICS = "Characteristics in scope";
    static final String SCOPE_MODULES = "Modules in scope";
    static final String PLAN_AGREED = "Action plan agreed on";
    static final String VISIT_FROM = "Visit from";
    static final String VISIT_TO = "Visit to";
    static final String FEEDBACK_ON = "Feedback given on";
    static final String AWARD_LEVEL = "Award level";
    static final String AWARDED_ON = "Awarded on";
    static final String AWARD_EXPIRES = "Award expires on";

    // A module sheet: the criterion, its title and one descriptor column per level are locked.
    static final String CRITERION = "Criterion";
    static final String TITLE = "Title";
    static final String CLAIMED_LEVEL = "Claimed level";
    static final String NARRATIVE = "Narrative";
    static final String EVIDENCE_IDS = "Evidence ids";

    // Evidence: these columns, then one yes/blank column per characteristic headed by its id.
    static final String ID = "Id";
    static final String KIND = "Kind";
    static final String DATE = "Date";
    static final String LOCATION = "Location";
    static final String OWNER = "Owner";
    static final String OTHER_CHARACTERISTICS = "Other characteristics";
    static final List<String> EVIDENCE_COLUMNS = List.of(ID, TITLE, KIND, DATE, LOCATION, OWNER, OTHER_CHARACTERISTICS);
    /**
     * The last column of the evidence sheet, after the characteristics: how many things an item counts, alone
     * ({@code 23}) or with its parts ({@code 23 (14 online, 9 in person)}). Optional: a workbook written before
     * it existed has no such column and still reads.
     */
    static final String COUNT = "Count";

    static final String LABEL = "Label";
    static final String DESCRIPTION = "Description";
    static final List<String> LOCAL_COLUMNS = List.of(ID, LABEL, DESCRIPTION);

    // The action plan: an entry's columns (on the first row of each entry), then an action's.
    static final String RECOMMENDATION = "Recommendation";
    static final String MODULE = "Module";
    static final String ROLES = "Roles";
    static final String RESPONSE = "Response";
    static final String COMMENT = "Comment";
    static final String ACTION_ID = "Action id";
    static final String ACTION = "Action";
    static final String LEAD = "Lead";
    static final String DUE = "Due";
    static final String TIMESCALE = "Timescale";
    static final String STATUS = "Status";
    static final String NEXT_STEPS = "Next steps";
    /** Added after the first workbooks: a workbook without it still reads (its actions have no completion date). */
    static final String COMPLETED = "Completed";

    static final List<String> ENTRY_COLUMNS = List.of(RECOMMENDATION, MODULE, ROLES, RESPONSE, COMMENT);
    static final List<String> PLANNED_ACTION_COLUMNS =
            List.of(ACTION_ID, ACTION, LEAD, DUE, TIMESCALE, STATUS, COMPLETED, NEXT_STEPS);
    static final List<String> ACTION_COLUMNS = java.util.stream.Stream.concat(
                    ENTRY_COLUMNS.stream(), PLANNED_ACTION_COLUMNS.stream())
            .toList();

    static final String NOTE = "Note";
    static final String REPORTED_TO = "Reported to";
    static final List<String> PROGRESS_COLUMNS = List.of(ACTION_ID, DATE, NOTE, REPORTED_TO);

    static final String NAME = "Name";
    static final String ROLE = "Role";
    static final List<String> TEAM_COLUMNS = List.of(NAME, ROLE, ORGANISATION);

    static final String LEVEL = "Level";
    static final String RATIONALE = "Rationale";
    static final List<String> VALIDATED_COLUMNS = List.of(CRITERION, LEVEL, RATIONALE);

    static final String TYPE = "Type";
    static final String RECOMMENDATION_ID = "Recommendation id";
    static final String TEXT = "Text";
    static final List<String> FEEDBACK_COLUMNS = List.of(MODULE, TYPE, RECOMMENDATION_ID, TEXT);
    static final String STRENGTH = "strength";
    static final String AREA_TO_DEVELOP = "area to develop";
    static final List<String> FEEDBACK_TYPES = List.of(STRENGTH, AREA_TO_DEVELOP, "recommendation");

    /** The value a characteristic column holds for evidence that covers it. */
    static final String YES = "yes";

    /** Sheets the reader knows by name; any other sheet whose header starts with Criterion holds claims. */
    static final List<String> NAMED = List.of(
            INSTRUCTIONS, ASSESSMENT, LOCAL, EVIDENCE, ACTIONS, PROGRESS, REVIEW, TEAM, VALIDATED, FEEDBACK, LISTS);

    private Layout() {}
}
