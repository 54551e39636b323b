package uk.councils.reviewtracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The files of the attack run on the uploads (issue 13): each small enough to pass the upload size check, each
 * meant to exhaust the server's memory or time once opened. Written straight as zip entries and PDF objects, so
 * that making them costs the test little memory.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /** An .xlsx of about 3.4 MB whose one sheet is 32 MB of XML: a header row, then 19,999 rows of 60 numbers. */
    public static byte[] hugeSheetXlsx() {
        return zip(zip -> {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"Action plan\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            Writer xml = new OutputStreamWriter(unclosed(zip), StandardCharsets.UTF_8);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            xml.write("<row r=\"1\">");
            String[] headers = {"Ref", "Recommendation", "Action", "Lead officer", "Target date", "Status"};
            for (int c = 0; c < headers.length; c++) {
                xml.write("<c r=\"" + column(c) + "1\" t=\"inlineStr\"><is><t>" + headers[c] + "</t></is></c>");
            }
            xml.write("</row>");
            Random random = new Random(13);
            for (int r = 2; r <= 20_000; r++) {
                xml.write("<row r=\"" + r + "\">");
                for (int c = 0; c < 60; c++) {
                    xml.write("<c r=\"" + column(c) + r + "\"><v>" + random.nextInt(100_000_000) + "</v></c>");
                }
                xml.write("</row>");
            }
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
        });
    }

    /** A .docx of about 4.4 MB whose document.xml is 37 MB: 680,000 short paragraphs. */
    public static byte[] longDocx() {
        return zip(zip -> {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer xml = new OutputStreamWriter(unclosed(zip), StandardCharsets.UTF_8);
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (int p = 0; p < 680_000; p++) {
                xml.write("<w:p><w:r><w:t>Finding " + p + "</w:t></w:r></w:p>");
            }
            xml.write("</w:body></w:document>");
            xml.flush();
            zip.closeEntry();
        });
    }

    /**
     * A PDF of one page whose content inflates to 640 MB of text operators: small on the wire, but minutes of work
     * for a text extractor that reads it all. The page's contents are one 10 MB stream of text, 64 times over.
     */
    public static byte[] inflatingPdf() {
        ByteArrayOutputStream stream = new ByteArrayOutputStream();
        try (OutputStream deflated = new DeflaterOutputStream(stream, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            byte[] line = "BT /F1 12 Tf 72 720 Td (Safeguarding children together) Tj ET\n"
                    .getBytes(StandardCharsets.US_ASCII);
            for (long written = 0; written < 10L * 1024 * 1024; written += line.length) {
                deflated.write(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] content = stream.toByteArray();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        int[] offsets = new int[6];
        write(pdf, "%PDF-1.7\n");
        offsets[1] = pdf.size();
        write(pdf, "1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n");
        offsets[2] = pdf.size();
        write(pdf, "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n");
        offsets[3] = pdf.size();
        write(pdf, "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ["
                + " 4 0 R".repeat(64) + "] /Resources <</Font <</F1 5 0 R>>>>>> endobj\n");
        offsets[4] = pdf.size();
        write(pdf, "4 0 obj <</Length " + content.length + " /Filter /FlateDecode>> stream\n");
        pdf.writeBytes(content);
        write(pdf, "\nendstream endobj\n");
        offsets[5] = pdf.size();
        write(pdf, "5 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj\n");
        int xref = pdf.size();
        StringBuilder table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        for (int i = 1; i < 6; i++) {
            table.append(String.format("%010d 00000 n \n", offsets[i]));
        }
        write(pdf, table + "trailer <</Size 6 /Root 1 0 R>>\nstartxref\n" + xref + "\n%%EOF\n");
        return pdf.toByteArray();
    }

    /**
     * A classic zip bomb dressed as the given kind of document: its main part ({@code entryName}) is 64 MB of
     * spaces, squeezed into some 60 kilobytes.
     */
    public static byte[] zipBomb(String entryName) {
        return zip(zip -> {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            zip.putNextEntry(new ZipEntry(entryName));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        });
    }

    private interface Entries {
        void write(ZipOutputStream zip) throws IOException;
    }

    private static byte[] zip(Entries entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entries.write(zip);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The zip stream, kept open when the writer over it is flushed and left. */
    private static OutputStream unclosed(ZipOutputStream zip) {
        return new java.io.FilterOutputStream(zip) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    private static String column(int index) {
        return index < 26 ? String.valueOf((char) ('A' + index))
                : String.valueOf((char) ('A' + index / 26 - 1)) + (char) ('A' + index % 26);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
