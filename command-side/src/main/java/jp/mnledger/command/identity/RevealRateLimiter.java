package jp.mnledger.command.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits how many numbers one user may see in a window (default 60 per 10 minutes): a handler at work
 * reveals a few; a stolen session scraping numbers is stopped, and the refusal is recorded.
 */
@Component
class RevealRateLimiter {

    private final int limit;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> reveals = new ConcurrentHashMap<>();

    RevealRateLimiter(@Value("${mnledger.identity.reveal-limit:60}") int limit,
                      @Value("${mnledger.identity.reveal-window:10m}") Duration window, ObjectProvider<Clock> clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Counts a reveal for the user; false when the user is over the limit (the reveal must not happen). */
    boolean tryAcquire(String userId) {
        Instant now = clock.instant();
        Deque<Instant> times = reveals.computeIfAbsent(userId, u -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(window))) {
                times.removeFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
