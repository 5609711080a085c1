package jp.mnledger.kernel.access;

import java.util.Set;

/** An authenticated user and every grant they hold. {@link #toString()} names the user id only. */
public record Principal(String userId, Set<Grant> grants) {

    public Principal {
        grants = Set.copyOf(grants);
    }

    public boolean holds(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    /** Whether any role the user holds requires a second factor at login. */
    public boolean mfaRequired() {
        return grants.stream().anyMatch(g -> g.role().mfaRequired());
    }

    @Override
    public String toString() {
        return "Principal[" + userId + ", " + grants.size() + " grants]";
    }
}
