package se.kommunmeny.purchasing.internal;

/** The delay before the next delivery attempt. */
final class Backoff {
    private Backoff() {
    }

    /**
     * {@code base × 2^(attempts−1)}, capped at {@code max}, then spread by ±25 % with {@code random} in [0, 1).
     */
    static long delay(int attempts, long base, long max, double random) {
        int doublings = Math.max(0, Math.min(attempts - 1, 30));
        long plain = Math.min(max, base * (1L << doublings));
        return Math.max(1, Math.round(plain * (0.75 + random * 0.5)));
    }
}
