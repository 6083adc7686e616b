package io.github.equalityframework.xlsx;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.io.DocumentReader;
import io.github.equalityframework.io.ReadResult;
import io.github.equalityframework.model.SelfAssessment;
import io.github.equalityframework.problem.SourceLocation;
import io.github.equalityframework.problem.ValidationProblem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apiguardian.api.API;

/**
 * Reads a self-assessment workbook, as {@link WorkbookWriter} writes it, back into a
 * {@link SelfAssessment}.
 *
 * <p>Reading never throws for bad input: every problem is reported with the cell it is in, printed as
 * {@code FILE.xlsx:Sheet!C12: path: message}, and problems that validation finds later can be placed
 * in the workbook with {@link ReadResult#place}. Cells are read as the values stored in the file:
 * formulas are never calculated (a cell with one is reported), and a workbook with macros or links to
 * other files, or one that is not an .xlsx file or would unpack to far more than its size (a zip
 * bomb), is refused with a message that says so. Large workbooks are streamed. Immutable and safe to
 * share between threads.
 *
 * <p>As a {@link DocumentReader}, provided by this module, it reads {@code .xlsx} files for any program that has this
 * module on its class path or module path: {@code eflg} and {@code AssessmentEngine.assess(AssessmentFiles)} read a
 * workbook as they read a YAML file.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WorkbookReader implements DocumentReader {
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    /** A reader; it holds no state. */
    public WorkbookReader() {}

    /** Whether the file is a workbook by its name: {@code .xlsx}, in any case. */
    @Override
    public boolean reads(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    /**
     * Reads a workbook file as a self-assessment; a workbook holds nothing else, so any other type is a problem.
     */
    @Override
    public <T> ReadResult<T> read(Path file, Class<T> type) {
        if (type != SelfAssessment.class) {
            return failed(
                    file.toString(),
                    "a workbook holds a self-assessment, not a " + type.getSimpleName() + "; write it as YAML or JSON");
        }
        @SuppressWarnings("unchecked") // the type is SelfAssessment
        ReadResult<T> read = (ReadResult<T>) read(file);
        return read;
    }

    /**
     * Reads a workbook file.
     *
     * @param file the .xlsx file
     * @return the self-assessment read, if the workbook could be read at all, and every problem found
     */
    public ReadResult<SelfAssessment> read(Path file) {
        String source = file.toString();
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, head.length);
            String refused = refuseByHead(head, n);
            if (refused != null) {
                return failed(source, refused);
            }
        } catch (NoSuchFileException e) {
            return failed(source, "file not found");
        } catch (IOException e) {
            return failed(source, "cannot read the file: " + e.getMessage());
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            return read(pkg, source);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return failed(source, describe(e));
        }
    }

    /**
     * Reads a workbook from a stream, which this method does not close.
     *
     * @param in     the bytes of an .xlsx file
     * @param source the name to report problems under, usually the file name
     * @return the self-assessment read, if the workbook could be read at all, and every problem found
     */
    public ReadResult<SelfAssessment> read(InputStream in, String source) {
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            return failed(source, "cannot read: " + e.getMessage());
        }
        String refused = refuseByHead(bytes, bytes.length);
        if (refused != null) {
            return failed(source, refused);
        }
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            return read(pkg, source);
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            return failed(source, describe(e));
        }
    }

    private static String refuseByHead(byte[] head, int length) {
        if (length == 0) {
            return "the file is empty";
        }
        if (startsWith(head, length, OLE2)) {
            return "not an .xlsx workbook: this is an older .xls file or a workbook with a password;"
                    + " save it as an Excel Workbook (.xlsx) without a password";
        }
        if (!startsWith(head, length, ZIP)) {
            return "not an .xlsx workbook: an .xlsx file is a zip archive, and this file is not one";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private ReadResult<SelfAssessment> read(OPCPackage pkg, String source) throws IOException, InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
            String type = part.getContentType().toLowerCase(Locale.ROOT);
            if (name.contains("macrosheet") || type.contains("macrosheet")) {
                return failed(
                        source,
                        "the workbook contains macros (an Excel 4.0 macro sheet), which are never run or imported;"
                                + " delete the macro sheet and save it as an Excel Workbook (.xlsx)");
            }
            if (name.contains("vbaproject") || type.contains("macroenabled") || type.contains("vbaproject")) {
                return failed(
                        source,
                        "the workbook contains macros (.xlsm), which are never run or imported;"
                                + " save it as an Excel Workbook (.xlsx)");
            }
            if (name.startsWith("/xl/externallinks/")) {
                return failed(
                        source,
                        "the workbook links to other files (external links), which are never followed;"
                                + " break the links (in Excel: Data > Edit Links > Break Link) and save it again");
            }
        }
        Map<String, SheetCells> sheets = new LinkedHashMap<>();
        boolean date1904;
        WorkbookLimits limits = WorkbookLimits.defaults();
        try {
            XSSFReader reader = new XSSFReader(pkg);
            try (InputStream workbook = limits.counted(reader.getWorkbookData())) {
                date1904 = XlsxParts.date1904(workbook);
            }
            XlsxParts.SharedStrings shared = XlsxParts.SharedStrings.NONE;
            try (InputStream strings = reader.getSharedStringsData()) {
                if (strings != null) {
                    shared = XlsxParts.sharedStrings(limits.counted(strings), limits);
                }
            } catch (InvalidFormatException | NullPointerException e) {
                shared = XlsxParts.SharedStrings.NONE; // a workbook without text has no shared strings part
            }
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream sheet = it.next()) {
                    String name = it.getSheetName();
                    sheets.put(name, XlsxParts.sheet(name, limits.counted(sheet), shared, limits));
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.OpenXML4JException | org.xml.sax.SAXException e) {
            return failed(source, describe(e));
        } catch (WorkbookLimits.Reached limit) {
            SourceLocation where = new SourceLocation(limit.where == null ? source : source + ":" + limit.where, 0, 0);
            return ReadResult.of(
                    null, List.of(ValidationProblem.at("", limit.getMessage()).locatedAt(where)), path -> where);
        }
        return new SheetInterpreter(source, date1904, sheets, limits.limits).read();
    }

    /** The message for a workbook that cannot be opened or parsed at all. */
    private static String describe(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (message.contains("Zip bomb")) {
                return "refused: a part of the workbook unpacks to far more than its packed size, as a zip bomb does;"
                        + " save the workbook again from a spreadsheet program";
            }
            if (message.contains("DOCTYPE")) {
                return "refused: a part of the workbook declares an XML DOCTYPE, which workbooks never need and XML"
                        + " entity attacks use; save the workbook again from a spreadsheet program";
            }
            if (t instanceof NotOfficeXmlFileException || message.contains("content type part")) {
                return "not an .xlsx workbook: the zip archive holds no workbook";
            }
            if (t == t.getCause()) {
                break;
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot read the workbook: " + message.lines().findFirst().orElse(message);
    }

    static <T> ReadResult<T> failed(String source, String message) {
        SourceLocation where = new SourceLocation(source, 0, 0);
        return ReadResult.of(null, List.of(ValidationProblem.at("", message).locatedAt(where)), path -> where);
    }
}
