package se.kommunmeny.employment.api;

import java.util.List;

/**
 * Vårdkonferens (vårdplaneringsmöte): the meeting that decides a step change.
 *
 * @param heldOn yyyy-mm-dd
 * @param decision what was decided and why; always required
 */
public record CareConference(String heldOn, List<String> participants, String decision) {
}
