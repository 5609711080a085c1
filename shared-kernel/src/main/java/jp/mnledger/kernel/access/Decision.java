package jp.mnledger.kernel.access;

/**
 * The policy's answer: granted, and under which role — or denied, and why (a stable reason code,
 * recorded in the denial event and shown to the responsible manager).
 */
public record Decision(boolean granted, Role role, String reason) {

    public static Decision grant(Role role) {
        return new Decision(true, role, null);
    }

    public static Decision deny(String reason) {
        return new Decision(false, null, reason);
    }
}
