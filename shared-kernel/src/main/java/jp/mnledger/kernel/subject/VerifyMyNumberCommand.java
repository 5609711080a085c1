package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 本人確認: the number check and the identity check a handler performed, with the documents seen. For a
 * number acquired through a proxy, also the proxy's authority and the proxy's own identity check (the
 * three checks of 施行令12条2項).
 *
 * @param notificationCardStillMatches for a 通知カード: its name and address still match the 住民票
 * @param nationalPensionCategory3     for a spouse's 国民年金第3号被保険者関係届: the spouse is the 届出義務者, so
 *                                     the employer itself must verify, usually through the employee as 代理人
 */
@Requires(Permission.VERIFY_NUMBER)
public record VerifyMyNumberCommand(@TargetAggregateIdentifier String subjectId, String companyId,
                                    NumberCheckDocument numberCheck, boolean notificationCardStillMatches,
                                    IdentityCheckDocument identityCheck, ProxyAuthority proxyAuthority,
                                    IdentityCheckDocument proxyIdentityCheck,
                                    boolean nationalPensionCategory3) implements SubjectScoped {
}
