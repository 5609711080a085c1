package jp.mnledger.ops.web;

/**
 * Describes an unexpected failure for the log without its messages: a driver's or a library's message
 * can quote a value it was given, and a value may be personal data. Class names and stack frames only.
 */
final class SafeThrowables {

    private static final int FRAMES = 8;

    private SafeThrowables() {
    }

    static String describe(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            out.append(t == failure ? "" : " caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
                out.append("\n\tat ").append(frames[i]);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return out.toString();
    }
}
