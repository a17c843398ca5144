package dev.interdict.payments.iso20022;

import javax.xml.stream.XMLInputFactory;

/**
 * The one place that configures XML parsing for untrusted payment messages: no DTDs, no external entities, no
 * entity replacement, and the JDK's entity and size limits set tight. {@link Iso20022Parser} additionally rejects
 * any DTD or entity reference event outright.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /** A new hardened StAX factory. Factories are not shared across threads. */
    public static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        trySet(f, "jdk.xml.entityExpansionLimit", "1");
        trySet(f, "jdk.xml.maxGeneralEntitySizeLimit", "1");
        trySet(f, "jdk.xml.maxParameterEntitySizeLimit", "1");
        trySet(f, "jdk.xml.totalEntitySizeLimit", "1");
        trySet(f, "jdk.xml.entityReplacementLimit", "1");
        trySet(f, "jdk.xml.maxElementDepth", "100");
        trySet(f, "jdk.xml.elementAttributeLimit", "100");
        trySet(f, "jdk.xml.maxXMLNameLimit", "1000");
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, String value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException ignored) {
            // not supported by this StAX implementation; the DTD ban still holds
        }
    }
}
