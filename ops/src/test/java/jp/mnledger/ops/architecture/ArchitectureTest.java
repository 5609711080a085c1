package jp.mnledger.ops.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jp.mnledger.command.planted.AggregateWithSpring;
import jp.mnledger.command.planted.CommandHandlerReadingAProjection;
import jp.mnledger.kernel.planted.KernelClassUsingSpring;
import jp.mnledger.query.planted.ProjectionSendingToTheKeyVault;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries hold on the production code, and each rule is shown to catch a planted
 * violation (so none can pass vacuously, e.g. by pointing at a package that does not exist).
 */
class ArchitectureTest {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.mnledger");

    @Test
    void theProductionCodeHasEveryModule() {
        assertThat(PRODUCTION.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct())
                .contains("kernel", "command", "query", "ops");
        assertThat(PRODUCTION.stream().filter(ArchitectureRules.AGGREGATES)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void commandSideNeverImportsQuerySide() {
        ArchitectureRules.COMMAND_SIDE_NEVER_IMPORTS_QUERY_SIDE.check(PRODUCTION);
    }

    @Test
    void commandSideRuleCatchesAPlantedViolation() {
        assertFails(ArchitectureRules.COMMAND_SIDE_NEVER_IMPORTS_QUERY_SIDE, CommandHandlerReadingAProjection.class);
    }

    @Test
    void querySideNeverImportsCommandSide() {
        ArchitectureRules.QUERY_SIDE_NEVER_IMPORTS_COMMAND_SIDE.check(PRODUCTION);
    }

    @Test
    void querySideRuleCatchesAPlantedViolation() {
        assertFails(ArchitectureRules.QUERY_SIDE_NEVER_IMPORTS_COMMAND_SIDE, ProjectionSendingToTheKeyVault.class);
    }

    @Test
    void sharedKernelImportsNothingInternal() {
        ArchitectureRules.SHARED_KERNEL_IMPORTS_NOTHING_INTERNAL.check(PRODUCTION);
    }

    @Test
    void sharedKernelRuleCatchesAPlantedViolation() {
        assertFails(ArchitectureRules.SHARED_KERNEL_IMPORTS_NOTHING_INTERNAL, KernelClassUsingSpring.class);
    }

    @Test
    void aggregatesHaveNoSpring() {
        ArchitectureRules.NO_SPRING_IN_AGGREGATES.check(PRODUCTION);
    }

    @Test
    void aggregateRuleCatchesAPlantedViolation() {
        assertFails(ArchitectureRules.NO_SPRING_IN_AGGREGATES, AggregateWithSpring.class);
    }

    @Test
    void everyEventHasARevision() {
        ArchitectureRules.EVERY_EVENT_HAS_A_REVISION.check(PRODUCTION);
    }

    @Test
    void revisionRuleCatchesAPlantedViolation() {
        assertFails(ArchitectureRules.EVERY_EVENT_HAS_A_REVISION, jp.mnledger.kernel.planted.UnrevisedEvent.class);
    }

    @Test
    void nothingDependsOnTheAssembly() {
        ArchitectureRules.NOTHING_DEPENDS_ON_THE_ASSEMBLY.check(PRODUCTION);
    }

    @Test
    void assemblyRuleCatchesAPlantedViolation() {
        assertFails(ArchitectureRules.NOTHING_DEPENDS_ON_THE_ASSEMBLY, CommandHandlerReadingAProjection.class);
    }

    private static void assertFails(ArchRule rule, Class<?> planted) {
        JavaClasses classes = new ClassFileImporter().importClasses(planted);
        assertThatThrownBy(() -> rule.check(classes)).isInstanceOf(AssertionError.class)
                .hasMessageContaining(planted.getSimpleName());
    }
}
