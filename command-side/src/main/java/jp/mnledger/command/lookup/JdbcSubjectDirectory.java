package jp.mnledger.command.lookup;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
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
        if (event.employeeCode() != null) {
            // Already claimed by the command handler in this transaction; here for a rebuild of the lookups.
            jdbc.update("""
                    INSERT INTO command_lookup.employee_code (company_id, employee_code, subject_id) VALUES (?, ?, ?)
                    ON CONFLICT DO NOTHING""", event.companyId(), event.employeeCode(), event.subjectId());
        }
    }

    @EventHandler
    void on(PurposesDeclaredEvent event) {
        jdbc.update("UPDATE command_lookup.company SET declared_purposes = ? WHERE company_id = ?",
                Purpose.toCsv(event.purposes()), event.companyId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("TRUNCATE command_lookup.company, command_lookup.subject, command_lookup.employee_code,"
                + " command_lookup.office_client,"
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

    /**
     * An insert, not a read-then-write: PostgreSQL makes a second claim of the same key wait for the first
     * transaction, then reports the conflict if that one committed. So two concurrent registrations (two
     * imports, an import and a form) cannot both take a code.
     */
    @Override
    public boolean claimEmployeeCode(String companyId, String employeeCode, String subjectId) {
        int inserted = jdbc.update("""
                INSERT INTO command_lookup.employee_code (company_id, employee_code, subject_id) VALUES (?, ?, ?)
                ON CONFLICT DO NOTHING""", companyId, employeeCode, subjectId);
        return inserted == 1 || subjectId.equals(jdbc.queryForList("""
                SELECT subject_id FROM command_lookup.employee_code WHERE company_id = ? AND employee_code = ?""",
                String.class, companyId, employeeCode).stream().findFirst().orElse(null));
    }

    @Override
    public Map<String, EmployeeCodeHolder> employeeCodeHolders(String companyId, Collection<String> employeeCodes) {
        Map<String, EmployeeCodeHolder> holders = new HashMap<>();
        if (employeeCodes.isEmpty()) {
            return holders;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    SELECT e.employee_code, e.subject_id, s.kind FROM command_lookup.employee_code e
                    JOIN command_lookup.subject s ON s.subject_id = e.subject_id
                    WHERE e.company_id = ? AND e.employee_code = ANY (?)""");
            statement.setString(1, companyId);
            statement.setArray(2, connection.createArrayOf("varchar", employeeCodes.toArray()));
            return statement;
        }, (org.springframework.jdbc.core.RowCallbackHandler) row -> holders.put(row.getString(1),
                new EmployeeCodeHolder(row.getString(2), SubjectKind.valueOf(row.getString(3)))));
        return holders;
    }
}
