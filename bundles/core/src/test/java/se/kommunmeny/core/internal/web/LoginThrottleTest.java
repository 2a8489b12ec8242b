package se.kommunmeny.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final LoginThrottle throttle = new LoginThrottle(now::get);

    @Test
    void aNameIsRefusedAfterFiveFailuresInARowForLongerEachTime() {
        for (int i = 1; i < LoginThrottle.FREE_FAILURES; i++) {
            assertEquals(0, throttle.failed("anna"), "failure " + i);
            assertEquals(0, throttle.lockedForSeconds("anna"));
        }
        assertEquals(30, throttle.failed("anna"));
        assertEquals(30, throttle.lockedForSeconds("ANNA "), "the name, whatever its case and spaces");
        assertEquals(0, throttle.lockedForSeconds("bo"), "another name is not touched");
        now.addAndGet(29_500);
        assertEquals(1, throttle.lockedForSeconds("anna"));
        now.addAndGet(500);
        assertEquals(0, throttle.lockedForSeconds("anna"));
        assertEquals(60, throttle.failed("anna"), "the next failure doubles the time");
        now.addAndGet(60_000);
        assertEquals(120, throttle.failed("anna"));
        for (int i = 0; i < 20; i++) {
            now.addAndGet(LoginThrottle.MAX_LOCK_SECONDS * 1000);
            throttle.failed("anna");
        }
        assertEquals(LoginThrottle.MAX_LOCK_SECONDS, throttle.lockedForSeconds("anna"), "never more than the maximum");
    }

    @Test
    void aSuccessOrAnHourWithoutFailuresClearsTheCount() {
        for (int i = 1; i < LoginThrottle.FREE_FAILURES; i++) {
            throttle.failed("bo");
        }
        throttle.succeeded("bo");
        assertEquals(0, throttle.failed("bo"), "counting starts again after a success");
        for (int i = 1; i < LoginThrottle.FREE_FAILURES - 1; i++) {
            throttle.failed("bo");
        }
        now.addAndGet((LoginThrottle.FORGET_SECONDS + 1) * 1000);
        assertEquals(0, throttle.failed("bo"), "old failures are forgotten");
        assertEquals(1, throttle.failures("bo"));
    }
}
