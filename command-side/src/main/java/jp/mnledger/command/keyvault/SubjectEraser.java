package jp.mnledger.command.keyvault;

/**
 * Crypto-shredding of one subject, inside the disposal command's transaction: its data key is destroyed
 * (the vault row keeps a tombstone so that no later command can create a new key for the subject), the
 * in-memory copy is evicted, and derived copies the command side holds (aggregate snapshots) are dropped.
 * Command handlers receive it as a handler parameter.
 */
public interface SubjectEraser {

    /**
     * @return true when a key was destroyed now; false when the subject had none (a tombstone is written
     *         anyway) or it was destroyed before
     */
    boolean erase(String tenantId, String subjectId);
}
