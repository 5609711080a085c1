package jp.mnledger.ops.ledger;

import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import jp.mnledger.kernel.ledger.CompactRange;
import jp.mnledger.kernel.ledger.SignedTreeHead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Signs tree heads over the ledger's leaves: every {@code mnledger.ledger.head-interval} when the tree grew,
 * and on demand. Keeps the tree's compact range in memory (O(log n)), so a head costs the new leaves only.
 *
 * <p>It never signs a tree that contradicts a head already signed: on start it recomputes the root at the
 * newest stored head's size from the recorded leaves, and refuses to sign at all if the two differ (the
 * recorded leaves were changed). A fork is for an auditor to find, not for us to sign.
 */
@Component
public class TreeHeadSigner implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TreeHeadSigner.class);

    private final LedgerStore store;
    private final LedgerProperties properties;
    private final Clock clock;
    private final CompactRange range = new CompactRange();
    private ScheduledExecutorService scheduler;
    private SignedTreeHead latest;
    private boolean checkedAgainstStoredHead;
    private String refusal;
    private String registeredKeyId;

    TreeHeadSigner(LedgerStore store, LedgerProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Signs a head over every leaf recorded now, whether or not the tree grew (a fresh timestamp). */
    public synchronized SignedTreeHead signNow() {
        catchUp();
        return sign();
    }

    /** Signs a head if the tree grew since the last one (or there is none yet and the tree is not empty). */
    public synchronized Optional<SignedTreeHead> signIfGrown() {
        catchUp();
        boolean grew = latest == null ? range.size() > 0 : range.size() > latest.treeSize();
        return grew ? Optional.of(sign()) : Optional.empty();
    }

    private void catchUp() {
        if (latest == null && !checkedAgainstStoredHead) {
            latest = store.latestHead().orElse(null);
        }
        store.leafHashesFrom(range.size(), (index, hash) -> {
            if (index != range.size()) {
                throw new IllegalStateException("the recorded leaves have a gap at leaf " + range.size());
            }
            range.append(hash);
            if (!checkedAgainstStoredHead && latest != null && range.size() == latest.treeSize()) {
                checkAgainst(latest);
            }
        });
        if (!checkedAgainstStoredHead && latest != null && range.size() >= latest.treeSize()) {
            checkAgainst(latest);
        }
        if (latest != null && range.size() < latest.treeSize()) {
            refusal = "the ledger records " + range.size() + " leaves, fewer than the " + latest.treeSize()
                    + " of the last signed head";
        }
    }

    private void checkAgainst(SignedTreeHead stored) {
        checkedAgainstStoredHead = true;
        if (range.size() == stored.treeSize() && !MessageDigest.isEqual(range.root(), stored.rootHash())) {
            refusal = "the recorded leaves do not give the root of the last signed head (size " + stored.treeSize() + ")";
        }
    }

    private SignedTreeHead sign() {
        if (refusal != null) {
            LOG.error("台帳の木の署名を拒否しました / refusing to sign a tree head: {}. Verify the ledger "
                    + "(java -jar mnledger-server.jar verify --jdbc-url …).", refusal);
            throw new IllegalStateException("refusing to sign a tree head: " + refusal);
        }
        LedgerSigningKeys.SigningKey key = LedgerSigningKeys.current(properties.signingKeyDir(), clock);
        Instant now = clock.instant();
        if (!key.keyId().equals(registeredKeyId)) {
            store.registerCurrentKey(key, now);
            registeredKeyId = key.keyId();
            LOG.info("Tree heads are signed with the Ed25519 key {}", key.keyId());
        }
        if (latest != null && !now.isAfter(latest.timestamp())) {
            now = latest.timestamp().plusMillis(1); // timestamps strictly increase, even if the clock stepped back
        }
        byte[] root = range.root();
        byte[] signature = key.sign(SignedTreeHead.signingInput(range.size(), root, now, key.keyId()));
        SignedTreeHead head = new SignedTreeHead(range.size(), root, now, key.keyId(), signature);
        store.insertHead(head);
        latest = head;
        return head;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-tree-heads");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.headInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::periodic, Math.min(interval, 5000), interval, TimeUnit.MILLISECONDS);
    }

    private void periodic() {
        try {
            signIfGrown().ifPresent(head -> LOG.debug("signed a tree head of size {}", head.treeSize()));
        } catch (RuntimeException e) {
            LOG.warn("Could not sign a tree head: {}", e.getClass().getSimpleName());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = scheduler;
            scheduler = null;
        }
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
