package io.crmkit.reports;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.crmkit.StorageException;
import io.crmkit.internal.Check;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Prints a price list as PDF (OpenPDF) with the DejaVu Sans font embedded, so that Cyrillic and
 * other non-Latin names print correctly on any machine: a title with the price type, currency and
 * date, then each group's heading (indented by depth) and a table of its products with unit and price.
 *
 * <pre>{@code
 * byte[] pdf = PriceListPdf.render(Reports.of(crm).priceList("RETAIL", LocalDate.now(clock), null, null));
 * }</pre>
 */
public final class PriceListPdf {
    private static final String FONT = "/io/crmkit/reports/fonts/DejaVuSans.ttf";

    private PriceListPdf() {
    }

    /** The PDF of a price list. */
    public static byte[] render(PriceList list) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        render(list, out);
        return out.toByteArray();
    }

    /**
     * Writes the PDF of a price list to {@code out} (left open).
     *
     * @throws io.crmkit.InvalidInputException for a null list or stream
     * @throws StorageException when the PDF cannot be written
     */
    public static void render(PriceList list, OutputStream out) {
        Check.notNull("priceList", list);
        Check.notNull("out", out);
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            BaseFont base = BaseFont.createFont("DejaVuSans.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, FontHolder.BYTES, null);
            Font title = new Font(base, 16, Font.NORMAL);
            Font heading = new Font(base, 12, Font.NORMAL, new Color(0x22, 0x44, 0x77));
            Font text = new Font(base, 10, Font.NORMAL);
            Font head = new Font(base, 10, Font.NORMAL, Color.WHITE);
            String caption = "Price list: " + list.priceTypeName() + " (" + list.currency() + "), " + list.date();
            doc.addTitle(caption);
            doc.addCreator("crmkit");
            doc.open();
            doc.add(new Paragraph(caption, title));
            if (list.groups().isEmpty()) {
                doc.add(new Paragraph("No products have a price on this date.", text));
            }
            for (PriceList.Group g : list.groups()) {
                Paragraph p = new Paragraph(g.name() == null ? "Other products" : g.name(), heading);
                p.setIndentationLeft(12f * g.depth());
                p.setSpacingBefore(10);
                p.setSpacingAfter(4);
                doc.add(p);
                PdfPTable t = new PdfPTable(new float[] {6, 1.5f, 2.5f});
                t.setWidthPercentage(100);
                t.setHeaderRows(1);
                for (String h : new String[] {"Product", "Unit", "Price, " + list.currency()}) {
                    PdfPCell c = new PdfPCell(new Phrase(h, head));
                    c.setBackgroundColor(new Color(0x44, 0x66, 0x99));
                    t.addCell(c);
                }
                for (PriceList.Item i : g.items()) {
                    t.addCell(new PdfPCell(new Phrase(i.name(), text)));
                    t.addCell(new PdfPCell(new Phrase(i.unit() == null ? "" : i.unit(), text)));
                    PdfPCell price = new PdfPCell(new Phrase(Ratios.money(i.price()), text));
                    price.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    t.addCell(price);
                }
                doc.add(t);
            }
        } catch (DocumentException | IOException e) {
            throw new StorageException("pdf", "cannot write the price list: " + e.getMessage(), e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
    }

    /** The embedded font, read once. */
    private static final class FontHolder {
        static final byte[] BYTES = read();

        private static byte[] read() {
            try (InputStream in = PriceListPdf.class.getResourceAsStream(FONT)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + FONT + " is missing from the crm-reports jar");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
