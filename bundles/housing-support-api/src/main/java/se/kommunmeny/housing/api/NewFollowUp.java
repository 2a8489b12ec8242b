package se.kommunmeny.housing.api;

import java.util.List;

/** Uppföljning of the work plan. */
public record NewFollowUp(String heldOn, List<String> participants, List<GoalProgress> goalProgress, String note) {
}
