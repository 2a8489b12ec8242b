package se.kommunmeny.housing.api;

import java.time.LocalDate;

/**
 * Something due on a placement.
 *
 * @param kind FOLLOW_UP_DUE, MAX_STAY_ENDING or QUALIFYING_PERIOD_REACHED
 * @param daysLeft days from today to the due date; negative when overdue
 */
public record Reminder(String placementId, String kind, LocalDate dueDate, long daysLeft) {
}
