package jp.mnledger.kernel.retention;

import java.time.Period;
import jp.mnledger.kernel.access.CompanyScoped;
import jp.mnledger.kernel.access.Permission;
import jp.mnledger.kernel.access.Requires;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The company keeps one document type longer than the policy's statutory period (never shorter). */
@Requires(Permission.MANAGE_RETENTION)
public record SetRetentionOverrideCommand(@TargetAggregateIdentifier String companyId, String documentTypeId,
                                          Period period, String reason) implements CompanyScoped {
}
