package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * PNG and SVG exports in headless Chromium on the seed app: a caption (title, date, filters) above the graph and a
 * legend (the types and statuses drawn) below it, and never the analyst's selection or hover highlight: the picture of
 * a view with a node selected and hovered shows neither the selection's tint nor the hover's border, which a picture of
 * the canvas as it is shows, and the SVG draws the graph exactly as without them. Reads only.
 */
class PictureExportBrowserTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();
    @RegisterExtension
    static final Browser.Session session = new Browser.Session();

    static Map<?, ?> export(ChromeDriver b, String format) {
        b.executeScript("window.newsgraph.lastExport = null;");
        new Select(b.findElement(By.id("export-format"))).selectByValue(format);
        b.findElement(By.id("export-go")).click();
        Browser.until(b, "return window.newsgraph.lastExport != null;");
        return (Map<?, ?>) b.executeScript("return window.newsgraph.lastExport;");
    }

    /** The last exported file's bytes (read in the page as a data URL). */
    static byte[] lastBytes(ChromeDriver b) {
        String url = (String) b.executeAsyncScript("const done = arguments[arguments.length - 1]; const r = new FileReader();"
                + " r.onload = () => done(r.result); r.readAsDataURL(window.newsgraph.lastExportBlob);");
        return Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1));
    }

    static BufferedImage png(ChromeDriver b) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(lastBytes(b)));
    }

    /** Pixels of exactly this colour within rows [from, to). */
    static int count(BufferedImage img, int rgb, int from, int to) {
        int n = 0;
        for (int y = Math.max(0, from); y < Math.min(img.getHeight(), to); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xffffff) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Pixels darker than the text colour's neighbourhood (ink) within rows [from, to). */
    static int ink(BufferedImage img, int from, int to) {
        int n = 0;
        for (int y = Math.max(0, from); y < Math.min(img.getHeight(), to); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (((p >> 16) & 0xff) < 110 && ((p >> 8) & 0xff) < 110 && (p & 0xff) < 130) {
                    n++;
                }
            }
        }
        return n;
    }

    static BufferedImage image(String dataUrl) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(dataUrl.substring(dataUrl.indexOf(',') + 1))));
    }

    /**
     * Pixels that {@code after} shows tinted yellow against {@code before} — blue falls by 30 or more while red does
     * not fall: the selection's overlay (#f1c40f at 25 %). Redrawn edges and labels shift greys, never like this.
     */
    static int tinted(BufferedImage before, BufferedImage after) {
        return changed(before, after, (p, q) -> (q & 0xff) <= (p & 0xff) - 30 && ((q >> 16) & 0xff) >= ((p >> 16) & 0xff) - 5);
    }

    /**
     * Pixels that turn near black (every channel below 40) from lighter: the hover's border, black at full opacity.
     * Nothing else in the picture is that dark (labels are #1d2330 and #3d4451).
     */
    static int darkened(BufferedImage before, BufferedImage after) {
        return changed(before, after, (p, q) -> ((q >> 16) & 0xff) < 40 && ((q >> 8) & 0xff) < 40 && (q & 0xff) < 40
                && (((p >> 16) & 0xff) >= 40 || ((p >> 8) & 0xff) >= 40 || (p & 0xff) >= 40));
    }

    static int changed(BufferedImage before, BufferedImage after, java.util.function.BiPredicate<Integer, Integer> how) {
        int n = 0;
        for (int y = 0; y < Math.min(before.getHeight(), after.getHeight()); y++) {
            for (int x = 0; x < Math.min(before.getWidth(), after.getWidth()); x++) {
                n += how.test(before.getRGB(x, y), after.getRGB(x, y)) ? 1 : 0;
            }
        }
        return n;
    }

    static int number(Object o) {
        return ((Number) o).intValue();
    }

    /** Selects an entity and puts the pointer on it, as an analyst reading its details leaves the view. */
    static void selectAndHover(ChromeDriver b, String id) {
        b.executeScript("const n = window.newsgraph.cy.getElementById(arguments[0]); n.select(); n.addClass('hover');", id);
    }

    @Test
    void thePngHasCaptionAndLegendAndNoSelection() throws Exception {
        ChromeDriver b = session.open(app.url("/"));
        Map<?, ?> plain = export(b, "png");
        assertEquals("image/png", plain.get("type"));
        List<?> caption = (List<?>) plain.get("caption");
        assertTrue(String.valueOf(caption.get(0)).startsWith("newsgraph — view: "), caption.toString());
        assertTrue(String.valueOf(caption.get(0)).matches(".*: \\d+ entities, \\d+ relations"), caption.toString());
        assertEquals("exported " + LocalDate.now() + " · as known today", caption.get(1));
        assertTrue(String.valueOf(caption.get(2)).startsWith("filters: none"), caption.toString());
        Map<?, ?> legend = (Map<?, ?>) plain.get("legend");
        assertTrue(((List<?>) legend.get("types")).containsAll(List.of("Person", "Country")), legend.toString());
        assertTrue(((List<?>) legend.get("statuses")).contains("fact"), legend.toString());

        BufferedImage first = png(b);
        java.nio.file.Path shot = org.newsgraph.TestPaths.project().resolve("target/screenshots/export.png"); // for the README
        java.nio.file.Files.createDirectories(shot.getParent());
        javax.imageio.ImageIO.write(first, "png", shot.toFile());
        Map<?, ?> graph = (Map<?, ?>) plain.get("graph");
        int top = number(graph.get("y"));
        int bottom = top + number(graph.get("height"));
        assertEquals(number(plain.get("height")), first.getHeight());
        assertTrue(top > 20 && first.getHeight() - bottom > 20, "bands above and below the graph: " + plain);
        assertTrue(ink(first, 0, top) > 200, "the caption is written above the graph");
        assertTrue(count(first, 0x4e79a7, bottom, first.getHeight()) > 30, "the legend's person swatch is below it");
        assertTrue(count(first, 0xe15759, bottom, first.getHeight()) > 30, "and the country swatch");

        // the highlight shows in a picture of the canvas as it is: a yellow tint (selection) and a dark border (hover)…
        selectAndHover(b, "sergei_lavrov");
        List<?> control = (List<?>) b.executeScript("const cy = window.newsgraph.cy; const opts = {scale: 2, full: true, bg: '#fafbfc'};"
                + " const n = cy.$(':selected'); n.removeClass('hover'); const selected = cy.png(opts);"
                + " n.unselect(); const plain = cy.png(opts); n.addClass('hover'); const hovered = cy.png(opts);"
                + " n.select(); return [plain, selected, hovered];");
        BufferedImage plainCanvas = image((String) control.get(0));
        int tint = tinted(plainCanvas, image((String) control.get(1)));
        int dark = darkened(plainCanvas, image((String) control.get(2)));
        assertTrue(tint > 100, "the selection tints the canvas: " + tint);
        assertTrue(dark > 20, "the hover darkens a border: " + dark);
        // …but not in the export, and the selection stays for the analyst
        export(b, "png");
        BufferedImage second = png(b);
        assertEquals(first.getWidth(), second.getWidth());
        assertEquals(first.getHeight(), second.getHeight());
        assertEquals(0, tinted(first, second), "pixels tinted by the selection in the export");
        assertEquals(0, darkened(first, second), "pixels darkened by the hover in the export");
        assertEquals(List.of("sergei_lavrov"), b.executeScript("return window.newsgraph.cy.$(':selected').map(n => n.id());"));
        assertEquals(Boolean.TRUE, b.executeScript("return window.newsgraph.cy.getElementById('sergei_lavrov').hasClass('hover');"));
    }

    static Document svg(Map<?, ?> export) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new StringReader((String) export.get("text"))));
    }

    static Element group(Document d, String id) {
        NodeList gs = d.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < gs.getLength(); i++) {
            if (id.equals(((Element) gs.item(i)).getAttribute("id"))) {
                return (Element) gs.item(i);
            }
        }
        throw new AssertionError("no group #" + id);
    }

    static List<String> texts(Element g) {
        List<String> out = new ArrayList<>();
        NodeList ts = g.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < ts.getLength(); i++) {
            out.add(ts.item(i).getTextContent());
        }
        return out;
    }

    static String xml(Element e) throws Exception {
        StringWriter w = new StringWriter();
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(e), new StreamResult(w));
        return w.toString();
    }

    @Test
    void theSvgHasCaptionWithTheFiltersAndLegendAndNoSelection() throws Exception {
        ChromeDriver b = session.open(app.url("/#hide=Weapon"));
        Map<?, ?> plain = export(b, "svg");
        Document doc = svg(plain);
        List<String> caption = texts(group(doc, "caption"));
        assertTrue(caption.get(0).startsWith("newsgraph — view: "), caption.toString());
        assertTrue(String.join(" ", caption).contains("exported " + LocalDate.now()), caption.toString());
        assertTrue(String.join(" ", caption).contains("hidden types: Weapon"), caption.toString());
        assertEquals(caption.get(0), doc.getElementsByTagNameNS("*", "title").item(0).getTextContent());
        Element legend = group(doc, "legend");
        List<String> words = texts(legend);
        assertTrue(words.containsAll(List.of("Person", "Country", "fact")), words.toString());
        assertFalse(words.contains("Weapon"), "no weapon is drawn: " + words);
        assertTrue(xml(legend).contains("data-type=\"Person\"") && xml(legend).contains("data-status=\"fact\""), xml(legend));

        selectAndHover(b, "vladimir_putin");
        Document selected = svg(export(b, "svg"));
        assertEquals(xml(group(doc, "graph")), xml(group(selected, "graph")), "the graph drawn the same with a node selected and hovered");
        assertEquals(List.of("vladimir_putin"), b.executeScript("return window.newsgraph.cy.$(':selected').map(n => n.id());"));

        // a data file's header names the view and its filters as well
        b.executeScript("window.newsgraph.cy.$(':selected').unselect();");
        export(b, "cypher");
        String script = new String(lastBytes(b), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(script.startsWith("// newsgraph export: view (filters: hidden types: Weapon)\n"), script.lines().findFirst().orElse(""));

        // sized by PageRank, coloured by community: the legend says so, its swatches give the types' shapes only
        new Select(b.findElement(By.id("node-size"))).selectByValue("pagerank");
        b.findElement(By.id("community-colour")).click();
        Element structured = group(svg(export(b, "svg")), "legend");
        assertTrue(texts(structured).containsAll(List.of("node size: PageRank over the whole graph",
                "colour: community (the shape tells the type)")), texts(structured).toString());
        assertTrue(xml(structured).contains("data-type=\"Person\"") && !xml(structured).contains("#4e79a7"), xml(structured));
    }
}
