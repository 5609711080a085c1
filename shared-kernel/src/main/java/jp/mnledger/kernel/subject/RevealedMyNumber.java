package jp.mnledger.kernel.subject;

/** The result of a granted reveal: the number in clear, for this response only. {@link #toString()} hides it. */
public record RevealedMyNumber(String myNumber) {

    @Override
    public String toString() {
        return "RevealedMyNumber[************]";
    }
}
