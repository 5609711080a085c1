package jp.mnledger.ops.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import jp.mnledger.kernel.ledger.LedgerLeaf;

/**
 * A stored event row of {@code axon.domainevententry} as a ledger leaf. The one place that says which
 * columns a leaf covers, shared by the ledger processor, the bundle writer and the database verifier.
 */
public final class EventRows {

    /** The columns, in the order {@link #leaf(ResultSet, int)} reads them; prefix with the table's alias. */
    public static String columns(String alias) {
        String a = alias.isEmpty() ? "" : alias + ".";
        return a + "eventidentifier, " + a + "type, " + a + "aggregateidentifier, " + a + "sequencenumber, "
                + a + "globalindex, " + a + "\"timestamp\", " + a + "payloadtype, " + a + "payloadrevision, "
                + a + "payload, " + a + "metadata";
    }

    private EventRows() {
    }

    /** The leaf of the row at the cursor, whose {@link #columns} start at column {@code first} (1-based). */
    public static LedgerLeaf leaf(ResultSet rs, int first) throws SQLException {
        int c = first;
        return new LedgerLeaf(rs.getString(c), rs.getString(c + 1), rs.getString(c + 2), rs.getLong(c + 3),
                rs.getLong(c + 4), rs.getString(c + 5), rs.getString(c + 6), rs.getString(c + 7), rs.getBytes(c + 8),
                rs.getBytes(c + 9));
    }
}
