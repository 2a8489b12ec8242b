package se.kommunmeny.treatmentplan.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A practitioner assigned to an enrolment: only assigned practitioners reach the client's course. */
@Entity
@Table(name = "tp_assignment")
@IdClass(AssignmentEntity.Key.class)
public class AssignmentEntity {
    @Id
    @Column(name = "enrolment_id")
    String enrolmentId;
    @Id
    @Column(name = "practitioner")
    String practitioner;
    @Column(name = "assigned_at", nullable = false)
    long assignedAt;
    @Column(name = "assigned_by", nullable = false)
    String assignedBy;

    protected AssignmentEntity() {
    }

    AssignmentEntity(String enrolmentId, String practitioner, long assignedAt, String assignedBy) {
        this.enrolmentId = enrolmentId;
        this.practitioner = practitioner;
        this.assignedAt = assignedAt;
        this.assignedBy = assignedBy;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String enrolmentId;
        String practitioner;

        public Key() {
        }

        Key(String enrolmentId, String practitioner) {
            this.enrolmentId = enrolmentId;
            this.practitioner = practitioner;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.enrolmentId.equals(enrolmentId) && k.practitioner.equals(practitioner);
        }

        @Override
        public int hashCode() {
            return Objects.hash(enrolmentId, practitioner);
        }
    }
}
