package io.github.equalityframework.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Changes a written workbook as a person (or an attacker) would. */
final class Workbooks {
    private Workbooks() {}

    static byte[] edit(byte[] workbook, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell at a reference such as {@code C12}, created when it does not exist. */
    static Cell cell(XSSFWorkbook book, String sheet, String ref) {
        Sheet s = book.getSheet(sheet);
        CellReference at = new CellReference(ref);
        Row row = s.getRow(at.getRow()) == null ? s.createRow(at.getRow()) : s.getRow(at.getRow());
        return row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
    }

    /** The zip with some entries replaced or added (a null value removes one). */
    static byte[] rezip(byte[] zip, Map<String, byte[]> replace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (replace.containsKey(e.getName())) {
                    continue;
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> r : replace.entrySet()) {
                if (r.getValue() != null) {
                    out.putNextEntry(new ZipEntry(r.getKey()));
                    out.write(r.getValue());
                    out.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] entry(byte[] zip, String name) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("no entry " + name);
    }
}
