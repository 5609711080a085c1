package jp.mnledger.command.subject;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.mnledger.command.lookup.SubjectDirectory;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.subject.SubjectKind;

/** The lookup answers an aggregate test needs; the JDBC directory is tested on the real database. */
public final class InMemoryDirectory implements SubjectDirectory {

    private final Set<String> companies = new HashSet<>();
    private final Map<String, Map.Entry<String, SubjectKind>> subjects = new HashMap<>();

    public InMemoryDirectory company(String companyId) {
        companies.add(companyId);
        return this;
    }

    public InMemoryDirectory subject(String companyId, String subjectId, SubjectKind kind) {
        subjects.put(subjectId, Map.entry(companyId, kind));
        return this;
    }

    /** Companies in these tests declare every purpose unless a test says otherwise. */
    private final Map<String, Set<Purpose>> declared = new HashMap<>();

    public InMemoryDirectory declare(String companyId, Set<Purpose> purposes) {
        declared.put(companyId, purposes);
        return this;
    }

    @Override
    public Set<Purpose> declaredPurposes(String companyId) {
        return declared.getOrDefault(companyId, EnumSet.allOf(Purpose.class));
    }

    @Override
    public int currentRulesVersion(String companyId) {
        return 1;
    }

    @Override
    public boolean companyExists(String companyId) {
        return companies.contains(companyId);
    }

    @Override
    public Optional<SubjectKind> subjectKind(String companyId, String subjectId) {
        return Optional.ofNullable(subjects.get(subjectId))
                .filter(entry -> entry.getKey().equals(companyId))
                .map(Map.Entry::getValue);
    }

    private final Map<String, String> employeeCodes = new HashMap<>();

    @Override
    public boolean claimEmployeeCode(String companyId, String employeeCode, String subjectId) {
        return employeeCodes.computeIfAbsent(companyId + "/" + employeeCode, key -> subjectId).equals(subjectId);
    }

    @Override
    public Map<String, EmployeeCodeHolder> employeeCodeHolders(String companyId, Collection<String> codes) {
        Map<String, EmployeeCodeHolder> holders = new HashMap<>();
        for (String code : codes) {
            String subjectId = employeeCodes.get(companyId + "/" + code);
            if (subjectId != null) {
                holders.put(code, new EmployeeCodeHolder(subjectId, subjects.get(subjectId).getValue()));
            }
        }
        return holders;
    }
}
