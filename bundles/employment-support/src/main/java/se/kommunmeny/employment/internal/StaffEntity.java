package se.kommunmeny.employment.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A supervisor or practitioner assigned to a placement. */
@Entity
@Table(name = "es_staff")
@IdClass(StaffEntity.Key.class)
public class StaffEntity {
    @Id
    @Column(name = "placement_id")
    String placementId;
    @Id
    @Column(name = "user_name")
    String userName;
    @Column(name = "assigned_at", nullable = false)
    long assignedAt;
    @Column(name = "assigned_by", nullable = false)
    String assignedBy;

    protected StaffEntity() {
    }

    StaffEntity(String placementId, String userName, long assignedAt, String assignedBy) {
        this.placementId = placementId;
        this.userName = userName;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String placementId;
        String userName;

        public Key() {
        }

        Key(String placementId, String userName) {
            this.placementId = placementId;
            this.userName = userName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.placementId.equals(placementId) && k.userName.equals(userName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(placementId, userName);
        }
    }
}
