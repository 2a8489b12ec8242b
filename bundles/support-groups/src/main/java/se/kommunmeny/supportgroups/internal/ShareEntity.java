package se.kommunmeny.supportgroups.internal;

import java.io.Serializable;
import java.util.Objects;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.IdClass;
import javax.persistence.Table;

/** A partner municipality's share of a cohort's places, enrolled into by the partner's platform user. */
@Entity
@Table(name = "sg_share")
@IdClass(ShareEntity.Key.class)
public class ShareEntity {
    @Id
    @Column(name = "cohort_id")
    String cohortId;
    @Id
    @Column(name = "code")
    String code;
    @Column(name = "name", nullable = false)
    String name;
    @Column(name = "places", nullable = false)
    int places;
    @Column(name = "user_name", nullable = false)
    String userName;

    protected ShareEntity() {
    }

    ShareEntity(String cohortId, String code, String name, int places, String userName) {
        this.cohortId = cohortId;
        this.code = code;
        this.name = name;
        this.places = places;
        this.userName = userName;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String cohortId;
        String code;

        public Key() {
        }

        Key(String cohortId, String code) {
            this.cohortId = cohortId;
            this.code = code;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.cohortId.equals(cohortId) && k.code.equals(code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cohortId, code);
        }
    }
}
