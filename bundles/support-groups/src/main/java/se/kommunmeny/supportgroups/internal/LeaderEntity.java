package se.kommunmeny.supportgroups.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** Gruppledare: a practitioner leading a cohort; only leaders reach its participants as practitioners. */
@Entity
@Table(name = "sg_leader")
@IdClass(LeaderEntity.Key.class)
public class LeaderEntity {
    @Id
    @Column(name = "cohort_id")
    String cohortId;
    @Id
    @Column(name = "user_name")
    String userName;

    protected LeaderEntity() {
    }

    LeaderEntity(String cohortId, String userName) {
        this.cohortId = cohortId;
        this.userName = userName;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String cohortId;
        String userName;

        public Key() {
        }

        Key(String cohortId, String userName) {
            this.cohortId = cohortId;
            this.userName = userName;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.cohortId.equals(cohortId) && k.userName.equals(userName);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, userName);
        }
    }
}
