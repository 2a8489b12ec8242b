package se.kommunmeny.employment.api;

import java.time.LocalDate;

/**
 * Something due on a placement.
 *
 * @param kind FOLLOW_UP_DUE, MEETING_DUE or STEP_MAX_REACHED
 * @param daysLeft days until {@code dueDate}; negative when overdue
 */
public record ReminderView(String placementId, String kind, LocalDate dueDate, long daysLeft) {
}
