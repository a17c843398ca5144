package dev.interdict.lists.un;

import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One XML element read into memory with its children and text: the UN reader streams the file with StAX and
 * builds one small tree per record, so a record is read as a whole while the file never is.
 */
final class XmlNode {

    final String name;
    final long line;
    final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private XmlNode(String name, long line) {
        this.name = name;
        this.line = line;
    }

    /** Reads the element the reader is positioned on (a START_ELEMENT) up to its end. */
    static XmlNode read(XMLStreamReader r) throws XMLStreamException {
        XmlNode node = new XmlNode(r.getLocalName(), r.getLocation().getLineNumber());
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                node.children.add(read(r));
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                node.text.append(r.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                return node;
            }
        }
        throw new XMLStreamException("element " + node.name + " opened on line " + node.line + " is never closed");
    }

    /** The text with whitespace runs collapsed; {@code null} when blank. */
    String text() {
        String t = text.toString().replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }

    /** The first child named {@code child}, or {@code null}. */
    XmlNode child(String child) {
        for (XmlNode c : children) {
            if (c.name.equals(child)) {
                return c;
            }
        }
        return null;
    }

    /** The text of the first child named {@code child}, or {@code null}. */
    String text(String child) {
        XmlNode c = child(child);
        return c == null ? null : c.text();
    }

    List<XmlNode> all(String child) {
        List<XmlNode> out = new ArrayList<>();
        for (XmlNode c : children) {
            if (c.name.equals(child)) {
                out.add(c);
            }
        }
        return out;
    }

    /** The texts of the {@code VALUE} children of the first child named {@code child}. */
    List<String> values(String child) {
        List<String> out = new ArrayList<>();
        XmlNode c = child(child);
        if (c != null) {
            for (XmlNode v : c.all("VALUE")) {
                if (v.text() != null) {
                    out.add(v.text());
                }
            }
        }
        return out;
    }
}
