package jp.mnledger.ops.access;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import jp.mnledger.command.identity.UserAdministration;
import jp.mnledger.kernel.access.Role;
import jp.mnledger.kernel.company.CreateCompanyCommand;
import jp.mnledger.kernel.company.DeclarePurposesCommand;
import jp.mnledger.kernel.identity.AppointHandlerCommand;
import jp.mnledger.kernel.identity.CreateOfficeCommand;
import jp.mnledger.kernel.identity.GrantRoleCommand;
import jp.mnledger.kernel.identity.PublishHandlingRulesCommand;
import jp.mnledger.kernel.identity.RecordTrainingCompletedCommand;
import jp.mnledger.kernel.identity.SignPledgeCommand;
import jp.mnledger.kernel.number.CorporateNumber;
import jp.mnledger.kernel.number.MyNumber;
import jp.mnledger.kernel.purpose.Purpose;
import jp.mnledger.kernel.seal.PersonalName;
import jp.mnledger.kernel.subject.AcquireMyNumberCommand;
import jp.mnledger.kernel.subject.AcquisitionChannel;
import jp.mnledger.kernel.subject.RegisterSubjectCommand;
import jp.mnledger.kernel.subject.SubjectKind;
import jp.mnledger.kernel.subject.EmploymentChange;
import jp.mnledger.kernel.subject.RecordEmploymentCommand;
import jp.mnledger.kernel.company.OpenCollectionCampaignCommand;
import java.time.LocalDate;
import jp.mnledger.kernel.subject.Relationship;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The {@code demo} profile's data (API.md): one 士業 office with two client companies, the demo users
 * (password {@value #PASSWORD}, TOTP secret {@value #TOTP_SECRET} for the roles that need it), and
 * employees, dependents and payees — some with numbers. Seeded once; a restart finds it and does
 * nothing. The numbers are generated (valid check digit), not anyone's.
 */
@Component
@Profile("demo")
@Order(2)
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "demo-pass-2026";
    static final String TOTP_SECRET = "JBSWY3DPEHPK3PXP";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private final UserAdministration users;
    private final CommandGateway commands;
    private final Clock clock;

    private final jp.mnledger.ops.retention.RetentionSweep sweep;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    DemoData(UserAdministration users, CommandGateway commands, Clock clock, jp.mnledger.ops.retention.RetentionSweep sweep,
             org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.users = users;
        this.commands = commands;
        this.clock = clock;
        this.sweep = sweep;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.userIdOf("demo-head").isPresent()) {
            return;
        }
        String office = UUID.randomUUID().toString();
        send(new CreateOfficeCommand(office, "デモ税理士法人 みなと事務所"), null);
        String client1 = UUID.randomUUID().toString();
        String client2 = UUID.randomUUID().toString();
        send(new CreateCompanyCommand(client1, "株式会社みなと商事", CorporateNumber.parse("7663923321468"), office), client1);
        send(new CreateCompanyCommand(client2, "有限会社さくら工業", CorporateNumber.parse("1819736993563"), office), client2);
        for (String company : new String[] {client1, client2}) {
            send(new DeclarePurposesCommand(company, EnumSet.allOf(Purpose.class)), company);
            send(new PublishHandlingRulesCommand(company, "特定個人情報取扱規程 第1版"), company);
        }

        String head = user("demo-head", true);
        grant(head, Role.OFFICE_HEAD, office, null, null);
        grant(user("demo-manager", true), Role.RESPONSIBLE_MANAGER, null, client1, null);
        grant(user("demo-payroll", false), Role.PAYROLL, null, client1, null);
        grant(user("demo-auditor", false), Role.AUDITOR, null, client1, null);
        appointHandler(user("demo-handler", true), client1, EnumSet.allOf(Purpose.class));
        appointHandler(user("demo-handler2", true), client2, EnumSet.allOf(Purpose.class));

        String yamada = subject(client1, SubjectKind.EMPLOYEE, "山田 太郎", "E001", null);
        acquire(client1, yamada, 1, AcquisitionChannel.SELF_SERVICE);
        acquire(client1, dependent(client1, "山田 花子", yamada, Relationship.SPOUSE), 2,
                AcquisitionChannel.EMPLOYEE_FOR_DEPENDENT);
        dependent(client1, "山田 一郎", yamada, Relationship.CHILD);
        acquire(client1, subject(client1, SubjectKind.EMPLOYEE, "佐藤 次郎", "E002", null), 3, AcquisitionChannel.PAPER);
        subject(client1, SubjectKind.PART_TIME, "鈴木 美咲", "P001", null);
        subject(client1, SubjectKind.OFFICER, "みなと 一郎", "O001", null);
        acquire(client1, subject(client1, SubjectKind.PAYEE, "高橋 健", "V001", "デザイナー"), 4,
                AcquisitionChannel.IN_PERSON);
        acquire(client2, subject(client2, SubjectKind.EMPLOYEE, "田中 三郎", "E101", null), 5, AcquisitionChannel.PAPER);
        subject(client2, SubjectKind.EMPLOYEE, "伊藤 四郎", "E102", null);

        grant(user("demo-employee", false), Role.SELF_SERVICE, null, client1, yamada);
        send(new OpenCollectionCampaignCommand(client1, UUID.randomUUID().toString(), "年末調整 2026",
                Set.of(Purpose.WITHHOLDING_TAX), EnumSet.of(SubjectKind.OFFICER, SubjectKind.EMPLOYEE, SubjectKind.PART_TIME,
                        SubjectKind.CONTRACT, SubjectKind.DEPENDENT), LocalDate.of(2026, 12, 11)), client1);
        String retired = leaver(client1);
        LOG.info("Seeded the demo: 1 office, 2 client companies, 7 demo users, 11 data subjects, 1 collection campaign");
        proposeDueDisposal(client1, retired);
    }

    private String user(String username, boolean totp) {
        return users.create(username, PASSWORD, totp, totp ? TOTP_SECRET : null, false, SystemActor.metadata(clock, null))
                .userId();
    }

    private void grant(String userId, Role role, String office, String company, String subject) {
        send(new GrantRoleCommand(userId, role, office, company, subject), company);
    }

    /** The real path: staff role, training, the handler's own pledge, then the appointment. */
    private void appointHandler(String userId, String company, Set<Purpose> purposes) {
        grant(userId, Role.OFFICE_STAFF, null, company, null);
        send(new RecordTrainingCompletedCommand(company, userId), company);
        commands.sendAndWait(new SignPledgeCommand(company), SystemActor.as(userId, clock, company));
        send(new AppointHandlerCommand(company, userId, purposes), company);
    }

    private String subject(String company, SubjectKind kind, String name, String code, String occupation) {
        String id = UUID.randomUUID().toString();
        send(new RegisterSubjectCommand(id, company, kind, new PersonalName(name), code, null, null, occupation), company);
        return id;
    }

    private String dependent(String company, String name, String employee, Relationship relationship) {
        String id = UUID.randomUUID().toString();
        send(new RegisterSubjectCommand(id, company, SubjectKind.DEPENDENT, new PersonalName(name), null, employee,
                relationship, null), company);
        return id;
    }

    private void acquire(String company, String subject, int serial, AcquisitionChannel channel) {
        MyNumber number = MyNumber.fromBaseDigits("%011d".formatted(40_000_000_000L + serial * 1_234_567_891L));
        send(new AcquireMyNumberCommand(subject, company, number, channel, Set.of(Purpose.WITHHOLDING_TAX,
                Purpose.SOCIAL_INSURANCE)), company);
    }

    /** An employee who left in 2015: the 扶養控除等申告書 retention ended in January 2023, so the disposal is due. */
    private String leaver(String company) {
        String retired = subject(company, SubjectKind.EMPLOYEE, "小林 退職", "E015", null);
        acquire(company, retired, 6, AcquisitionChannel.PAPER);
        send(new RecordEmploymentCommand(retired, company, EmploymentChange.STARTED, java.time.LocalDate.of(2008, 4, 1)),
                company);
        send(new RecordEmploymentCommand(retired, company, EmploymentChange.ENDED, java.time.LocalDate.of(2015, 3, 31)),
                company);
        return retired;
    }

    /** So that a newcomer sees a due disposal at once: wait for the schedule to know it, then run the sweep. */
    private void proposeDueDisposal(String company, String retired) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Integer due = jdbc.queryForObject("""
                    SELECT count(*) FROM read_model.retention_facts WHERE subject_id = ? AND due_on IS NOT NULL""",
                    Integer.class, retired);
            if (due != null && due > 0) {
                sweep.sweep(company, SystemActor.metadata(clock, company));
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        LOG.warn("Demo: the retention schedule did not catch up; the scheduled sweep will propose the disposal");
    }

    private void send(Object command, String tenant) {
        commands.sendAndWait(command, SystemActor.of(clock, tenant));
    }
}
