package dev.interdict.payments;

import dev.interdict.model.Entity;
import dev.interdict.model.Identifier;
import dev.interdict.model.Name;
import dev.interdict.model.Schema;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** A small hand-built list (after the real OFAC entries) and the test messages. */
public final class TestLists {

    private TestLists() {
    }

    public static List<Entity> entities() {
        return List.of(
                Entity.builder("ofac-sdn", "17671").schema(Schema.ORGANIZATION)
                        .name(Name.primary("CARTEL DE JALISCO NUEVA GENERACION")).name(Name.alias("CJNG"))
                        .name(Name.alias("NEW GENERATION CARTEL OF JALISCO"))
                        .program("SDNTK").program("FTO").program("SDGT").program("ILLICIT-DRUGS-EO14059").build(),
                Entity.builder("ofac-sdn", "17672").schema(Schema.ORGANIZATION).name(Name.primary("LOS CUINIS"))
                        .name(Name.alias("LOS QUINIS")).program("SDNTK").build(),
                Entity.builder("ofac-sdn", "11440").schema(Schema.ORGANIZATION).name(Name.primary("SINALOA CARTEL"))
                        .name(Name.alias("CARTEL DE SINALOA")).program("SDNTK").program("FTO").program("SDGT")
                        .build(),
                Entity.builder("ofac-sdn", "17674").schema(Schema.PERSON)
                        .name(Name.primary("OSEGUERA CERVANTES, Ruben")).name(Name.alias("RUBEN OSEGUERA CERVANTES"))
                        .name(Name.weak("EL MENCHO")).program("SDNTK").program("SDGT").build(),
                Entity.builder("ofac-sdn", "906").name(Name.primary("HAVIN BANK LIMITED"))
                        .identifier(new Identifier("SWIFT/BIC", "HAVIGB2L")).program("CUBA").build(),
                Entity.builder("ofac-sdn", "12028").name(Name.primary("ONERBANK ZAO"))
                        .identifier(new Identifier("SWIFT/BIC", "HNRBBY2X")).program("IRAN").build(),
                Entity.builder("ofac-sdn", "20001").name(Name.primary("GLOBAL VISION TRADING FZE"))
                        .program("FSE-IR").build(),
                Entity.builder("ofac-sdn", "20002").name(Name.primary("AL ZARIM GENERAL TRADING LLC"))
                        .identifier(new Identifier("IBAN", "AE07 0331 2345 6789 0123 456")).program("SDGT").build(),
                Entity.builder("ofac-sdn", "20003").name(Name.primary("TIERRA FRIA EXPORTS"))
                        .identifier(new Identifier("LEI", "549300N0RTHW1ND00042")).program("SDNTK").build(),
                Entity.builder("ofac-cons", "30001").name(Name.primary("NOVAPETRO TRADING"))
                        .program("UKRAINE-EO13662").program("SSI").build());
    }

    public static PaymentScreening screening() {
        return PaymentScreening.of(entities(), PaymentPolicy.defaults());
    }

    public static byte[] message(String name) {
        try (InputStream in = TestLists.class.getResourceAsStream("messages/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test message " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
