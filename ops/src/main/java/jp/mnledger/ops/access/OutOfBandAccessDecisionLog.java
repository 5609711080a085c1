package jp.mnledger.ops.access;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.mnledger.kernel.access.AccessDecisionLog;
import jp.mnledger.kernel.access.AccessDeniedEvent;
import jp.mnledger.kernel.access.PersonalDataAccessedEvent;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Stores decision events outside the unit of work of the request they judge. A denied command is rolled
 * back; its denial must not be. Publishing from a thread of its own (which has no unit of work) commits
 * the event at once; the caller waits, so the denial is stored before the refusal is answered.
 */
@Component
class OutOfBandAccessDecisionLog implements AccessDecisionLog, DisposableBean {

    private final EventBus eventBus;
    private final ExecutorService recorder = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "access-decision-recorder");
        thread.setDaemon(true);
        return thread;
    });

    OutOfBandAccessDecisionLog(EventBus eventBus) {
        this.eventBus = eventBus;
    }

    @Override
    public void denied(AccessDeniedEvent event, Map<String, ?> auditMetadata) {
        store(event, auditMetadata);
    }

    @Override
    public void granted(PersonalDataAccessedEvent event, Map<String, ?> auditMetadata) {
        // The role recorded is the one the access was granted under, whatever the request claimed.
        Map<String, Object> withRole = new java.util.HashMap<>(auditMetadata);
        if (event.role() != null) {
            withRole.put(jp.mnledger.kernel.audit.AuditMetadata.ROLE, event.role().name());
        }
        store(event, withRole);
    }

    private void store(Object event, Map<String, ?> auditMetadata) {
        try {
            recorder.submit(() -> eventBus.publish(GenericEventMessage.asEventMessage(event).andMetaData(auditMetadata)))
                    .get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording an access decision");
        } catch (ExecutionException e) {
            // Fail closed: an access decision that cannot be recorded must not be acted on.
            throw new IllegalStateException("could not record an access decision", e.getCause());
        }
    }

    @Override
    public void destroy() {
        recorder.shutdown();
    }
}
