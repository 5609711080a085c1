package jp.mnledger.command.planted;

import jp.mnledger.ops.MnLedgerProperties;
import jp.mnledger.query.ReadApi;

/** A planted violation for the architecture tests: the command side reading the query side (and the assembly). */
public class CommandHandlerReadingAProjection {

    ReadApi readApi;
    MnLedgerProperties properties;
}
