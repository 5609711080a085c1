package jp.mnledger.kernel.subject;

import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.PurposeScoped;
import jp.mnledger.kernel.access.Requires;
import jp.mnledger.kernel.access.SubjectScoped;
import jp.mnledger.kernel.purpose.Purpose;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Provision (提供) of a subject's number to an authority or a contractor, for a purpose, by a method, in a document. */
@Requires(Permission.REVEAL_NUMBER)
public record ProvideMyNumberCommand(@TargetAggregateIdentifier String subjectId, String companyId, Purpose purpose,
                                     Recipient recipient, String recipientName, ProvisionMethod method, String document)
        implements SubjectScoped, PurposeScoped {
}
