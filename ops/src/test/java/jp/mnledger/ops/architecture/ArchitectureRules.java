package jp.mnledger.ops.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

/** The module boundaries of ADR 0006, as rules. Each has a test that passes on the code and fails on a planted violation. */
final class ArchitectureRules {

    private ArchitectureRules() {
    }

    static final DescribedPredicate<JavaClass> AGGREGATES = describe("are aggregates (have an @AggregateIdentifier field)",
            c -> c.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(AggregateIdentifier.class)));

    static final ArchRule COMMAND_SIDE_NEVER_IMPORTS_QUERY_SIDE = noClasses()
            .that().resideInAPackage("jp.mnledger.command..")
            .should().dependOnClassesThat().resideInAPackage("jp.mnledger.query..")
            .because("the command side decides from events, never from projections");

    static final ArchRule QUERY_SIDE_NEVER_IMPORTS_COMMAND_SIDE = noClasses()
            .that().resideInAPackage("jp.mnledger.query..")
            .should().dependOnClassesThat().resideInAPackage("jp.mnledger.command..")
            .because("the query side never changes history and sees no key");

    static final ArchRule SHARED_KERNEL_IMPORTS_NOTHING_INTERNAL = classes()
            .that().resideInAPackage("jp.mnledger.kernel..")
            .should().onlyDependOnClassesThat(resideInAnyPackage("java..", "jp.mnledger.kernel..")
                    .or(belongToAnyOf(Revision.class, TargetAggregateIdentifier.class))
                    .or(resideInAnyPackage("com.fasterxml.jackson.annotation..")))
            .because("the shared kernel is the contract: no Spring, no Axon infrastructure, no other module");

    static final ArchRule NO_SPRING_IN_AGGREGATES = noClasses()
            .that(AGGREGATES)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework.spring..")
            .because("aggregates are plain domain objects; wiring lives in @Configuration classes");

    static final ArchRule EVERY_EVENT_HAS_A_REVISION = classes()
            .that().resideInAPackage("jp.mnledger.kernel..").and().haveSimpleNameEndingWith("Event")
            .should().beAnnotatedWith(Revision.class)
            .because("event names and fields are forever; a revision lets an upcaster change them safely");

    static final ArchRule NOTHING_DEPENDS_ON_THE_ASSEMBLY = noClasses()
            .that().resideOutsideOfPackage("jp.mnledger.ops..")
            .and().resideInAPackage("jp.mnledger..")
            .should().dependOnClassesThat().resideInAPackage("jp.mnledger.ops..")
            .because("ops assembles the modules; no module depends on it");
}
