package jp.mnledger.kernel.invitation;

/**
 * The actor of an invitation's session in audit metadata and access decisions: {@code invitation:<id>}. It
 * is no user account; the directory gives it a SELF_SERVICE grant for the invited subject while the
 * invitation is open.
 */
public final class InvitationActor {

    public static final String PREFIX = "invitation:";

    private InvitationActor() {
    }

    public static String of(String invitationId) {
        return PREFIX + invitationId;
    }

    /** The invitation id of an invitation actor, or null for anyone else. */
    public static String invitationId(String actor) {
        return actor != null && actor.startsWith(PREFIX) ? actor.substring(PREFIX.length()) : null;
    }
}
