package jp.mnledger.kernel.seal;

import java.util.Objects;

/**
 * A person's name in clear, on its way to being sealed. {@link #toString()} hides it, so a command
 * holding a name can be logged or printed without leaking it.
 */
public record PersonalName(String value) {

    public PersonalName {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "PersonalName[***]";
    }
}
