package jp.mnledger.kernel.access;

import java.util.List;
import jp.mnledger.kernel.purpose.Purpose;

/**
 * The handling register of one company (取扱状況の記録), one line per declared purpose. Counts are of
 * subjects whose number was notified for that purpose, by status; {@code handlers} are the users with
 * access for it (and whether their pledge is current). {@code storageLocation} says where verified numbers
 * are held (保管場所). It holds no number.
 */
public record HandlingRegisterResponse(String companyId, String companyName, String fileName, String storageLocation,
                                       List<String> responsibleManagers, int rulesVersion, List<Line> lines,
                                       CollectionProgress collection) {

    public record Line(Purpose purpose, String purposeLabel, List<HandlerAccess> handlers, int held, int verified,
                       int disposed) {
    }

    public record HandlerAccess(String username, boolean qualified) {
    }

    /** Collection progress over all subjects: how many numbers are collected, verified, refused, outstanding. */
    public record CollectionProgress(int subjects, int outstanding, int acquired, int verified, int refused,
                                     int disposed) {
    }
}
