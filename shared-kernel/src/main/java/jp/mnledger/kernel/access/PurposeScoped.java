package jp.mnledger.kernel.access;

import jp.mnledger.kernel.purpose.Purpose;

/** A message that uses a number for one legal purpose. */
public interface PurposeScoped {
    Purpose purpose();
}
