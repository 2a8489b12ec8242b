package se.kommunmeny.employment.api;

import java.util.List;

/**
 * A work place (arbetsplats, praktikplats) as stored.
 *
 * @param occupiedPlaces active placements now
 * @param freePlaces places minus active placements
 */
public record WorkPlaceView(String id, String kindId, String name, WorkPlaceProvider provider, String workType,
        int places, List<Reservation> reservations, Supervisor supervisor, boolean active, int occupiedPlaces,
        int freePlaces, long version) {
}
