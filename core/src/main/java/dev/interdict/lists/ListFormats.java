package dev.interdict.lists;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Tells list formats apart by path: a folder with {@code sdn.csv} or {@code alt.csv} is an OFAC SDN set, one with
 * {@code cons_prim.csv} the OFAC consolidated set, an {@code .xml} file whose root element is
 * {@code CONSOLIDATED_LIST} the UN list (also a folder holding exactly one {@code consolidated.xml}), and
 * {@code .json}, {@code .jsonl}, {@code .ftm} files FollowTheMoney entities.
 */
public final class ListFormats {

    /** What {@link #detect} accepts, for error messages. */
    public static final String EXPECTED = "expected an OFAC CSV folder (sdn.csv/alt.csv or cons_prim.csv), a UN"
            + " consolidated XML file (root CONSOLIDATED_LIST), or a FollowTheMoney .json/.jsonl/.ftm file";

    private ListFormats() {
    }

    /**
     * The format of the list at {@code path}.
     *
     * @throws NoSuchFileException      when nothing exists at {@code path}
     * @throws IllegalArgumentException when the path is no list format Interdict reads
     */
    public static ListFormat detect(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        if (Files.isDirectory(path)) {
            if (Files.exists(path.resolve("cons_prim.csv"))) {
                return ListFormat.OFAC_CONSOLIDATED_CSV;
            }
            if (Files.exists(path.resolve("sdn.csv")) || Files.exists(path.resolve("alt.csv"))) {
                return ListFormat.OFAC_SDN_CSV;
            }
            Path xml = xmlInFolder(path);
            if (xml != null && isUnXml(xml)) {
                return ListFormat.UN_XML;
            }
            throw new IllegalArgumentException("folder " + path + " holds no list Interdict reads: " + EXPECTED);
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ftm")) {
            return ListFormat.FTM_JSON;
        }
        if (name.endsWith(".xml")) {
            if (isUnXml(path)) {
                return ListFormat.UN_XML;
            }
            throw new IllegalArgumentException("XML file " + path + " is not a UN consolidated list (root element"
                    + " CONSOLIDATED_LIST): " + EXPECTED);
        }
        throw new IllegalArgumentException("unknown list format for " + path + ": " + EXPECTED);
    }

    /** The one {@code .xml} file in a folder, or {@code null} when there is none or more than one. */
    static Path xmlInFolder(Path folder) throws IOException {
        if (Files.exists(folder.resolve("consolidated.xml"))) {
            return folder.resolve("consolidated.xml");
        }
        List<Path> xmls = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(folder, "*.xml")) {
            ds.forEach(xmls::add);
        }
        return xmls.size() == 1 ? xmls.get(0) : null;
    }

    private static boolean isUnXml(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = safeXmlInputFactory().createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    if (r.next() == XMLStreamReader.START_ELEMENT) {
                        return "CONSOLIDATED_LIST".equals(r.getLocalName());
                    }
                }
                return false;
            } finally {
                r.close();
            }
        } catch (XMLStreamException e) {
            return false;
        }
    }

    /** A StAX factory with DTDs and external entities disabled (no XXE, no entity expansion). */
    public static XMLInputFactory safeXmlInputFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
