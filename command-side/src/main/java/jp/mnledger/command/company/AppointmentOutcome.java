package jp.mnledger.command.company;

/** What became of an appointment: the refusal is recorded as an event and answered as a conflict. */
public record AppointmentOutcome(boolean appointed, String refusal) {

    public static final AppointmentOutcome APPOINTED = new AppointmentOutcome(true, null);

    static AppointmentOutcome refused(String reason) {
        return new AppointmentOutcome(false, reason);
    }
}
