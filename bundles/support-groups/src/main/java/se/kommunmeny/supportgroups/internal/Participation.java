package se.kommunmeny.supportgroups.internal;

/** Attendance arithmetic: completion and rates, shared by a cohort's attendance, the partner view and statistics. */
final class Participation {
    private Participation() {
    }

    /** Fullföljt: present at two thirds or more of the meetings held (none held: not completed). */
    static boolean completed(int attended, int held) {
        return held > 0 && attended * 3 >= held * 2;
    }

    /** Present per possible presence, or {@code null} when nothing was possible. */
    static Double rate(int present, int possible) {
        return possible <= 0 ? null : round(present / (double) possible);
    }

    static Double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
