package dev.interdict.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps {@code core} a set of pure engines: no HTTP, no SQL, no dependency on the app or store modules. */
class CoreArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.interdict");

    @Test
    void coreDoesNotDependOnAppOrStore() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.interdict.app..", "dev.interdict.store..")
                .check(core);
    }

    @Test
    void coreUsesNoHttpOrJdbc() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "io.javalin..", "org.eclipse.jetty..", "org.jdbi..")
                .check(core);
    }
}
