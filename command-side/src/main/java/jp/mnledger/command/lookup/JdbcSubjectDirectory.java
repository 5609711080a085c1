package jp.mnledger.command.lookup;

import java.util.Optional;
import java.util.Set;
import jp.mnledger.kernel.company.PurposesDeclaredEvent;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.company.CompanyCreatedEvent;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.SubjectRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The lookup tables on PostgreSQL, kept by the subscribing processing group {@value #PROCESSING_GROUP}. */
@Component
@ProcessingGroup(JdbcSubjectDirectory.PROCESSING_GROUP)
class JdbcSubjectDirectory implements SubjectDirectory {

    static final String PROCESSING_GROUP = "command-lookup";

    private final JdbcTemplate jdbc;

    JdbcSubjectDirectory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CompanyCreatedEvent event) {
        jdbc.update("INSERT INTO command_lookup.company (company_id) VALUES (?) ON CONFLICT DO NOTHING", event.companyId());
    }

    @EventHandler
    void on(SubjectRegisteredEvent event) {
        jdbc.update("""
                INSERT INTO command_lookup.subject (subject_id, company_id, kind, related_subject_id) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""", event.subjectId(), event.companyId(), event.kind().name(),
                event.relatedSubjectId());
    }

    @EventHandler
    void on(PurposesDeclaredEvent event) {
        jdbc.update("UPDATE command_lookup.company SET declared_purposes = ? WHERE company_id = ?",
                Purpose.toCsv(event.purposes()), event.companyId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE command_lookup.company, command_lookup.subject, command_lookup.office_client,"
                + " command_lookup.role_grant, command_lookup.handling_rules, command_lookup.handler_qualification");
    }

    @Override
    public boolean companyExists(String companyId) {
        return !jdbc.queryForList("SELECT 1 FROM command_lookup.company WHERE company_id = ?", Integer.class, companyId)
                .isEmpty();
    }

    @Override
    public Set<Purpose> declaredPurposes(String companyId) {
        return jdbc.queryForList("SELECT declared_purposes FROM command_lookup.company WHERE company_id = ?", String.class,
                companyId).stream().findFirst().map(Purpose::fromCsv).orElse(Set.of());
    }

    @Override
    public int currentRulesVersion(String companyId) {
        return jdbc.queryForList("SELECT current_version FROM command_lookup.handling_rules WHERE company_id = ?",
                Integer.class, companyId).stream().findFirst().orElse(0);
    }

    @Override
    public Optional<SubjectKind> subjectKind(String companyId, String subjectId) {
        return jdbc.queryForList("SELECT kind FROM command_lookup.subject WHERE subject_id = ? AND company_id = ?",
                        String.class, subjectId, companyId)
                .stream().findFirst().map(SubjectKind::valueOf);
    }
}
