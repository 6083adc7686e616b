/**
 * Self-assessment workbooks (.xlsx) that councils fill in and import back, CSV files for the evidence
 * register and the action plan, and the committee appendix as a Word document (.docx).
 */
module io.github.equalityframework.xlsx {
    requires transitive io.github.equalityframework.core;
    requires org.apache.poi.ooxml;
    requires org.apache.poi.poi;
    requires java.xml;
    requires tools.jackson.core;
    requires tools.jackson.databind;
    requires tools.jackson.dataformat.csv;
    // Stability marks on the public API, for readers and tools; not needed at run time.
    requires static transitive org.apiguardian.api;

    exports io.github.equalityframework.xlsx;

    // .xlsx self-assessments for every program with this module on its path, as YAML and JSON are read by the core.
    provides io.github.equalityframework.io.DocumentReader with
            io.github.equalityframework.xlsx.WorkbookReader;
}
