package jp.mnledger.query.planted;

import jp.mnledger.command.keyvault.PersonalDataSealer;

/** A planted violation for the architecture tests: the query side using the command side's key vault. */
public class ProjectionSendingToTheKeyVault {

    PersonalDataSealer sealer;
}
