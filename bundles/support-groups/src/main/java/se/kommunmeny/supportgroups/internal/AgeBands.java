package se.kommunmeny.supportgroups.internal;

import java.time.LocalDate;
import java.time.Period;

/** Åldersgrupper: a participant's age in whole years on the cohort's first meeting against the programme's band. */
final class AgeBands {
    static final int ADULT = 18;

    private AgeBands() {
    }

    static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    static boolean within(int age, int min, int max) {
        return age >= min && age <= max;
    }

    static boolean isMinor(Integer age) {
        return age != null && age < ADULT;
    }

    /** The field problem of an age outside the band, or {@code null} when it is within. */
    static String problem(int age, int min, int max) {
        return within(age, min, max) ? null
                : "the participant is " + age + " years old on the first meeting; the programme is for ages " + min
                        + "-" + max;
    }
}
