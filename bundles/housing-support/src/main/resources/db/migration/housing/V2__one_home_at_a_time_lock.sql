-- Everything that makes a housing placement active locks this row first (then the unit's), so that two requests
-- placing the same person in two different units at the same moment cannot both succeed: a person lives in one place.
INSERT INTO hs_capacity_lock (lock_key) VALUES ('persons');
