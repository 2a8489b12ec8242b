package se.kommunmeny.core.internal.person;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** An anonymous contact: its code and when it was made; nothing that identifies anyone. */
@Entity
@Table(name = "core_anonymous_contact")
public class AnonymousContactEntity {
    @Id
    @Column(name = "code")
    private String code;
    @Column(name = "created_at", nullable = false)
    private long createdAt;

    protected AnonymousContactEntity() {
    }

    AnonymousContactEntity(String code, long createdAt) {
        this.code = code;
        this.createdAt = createdAt;
    }

    String code() {
        return code;
    }

    long createdAt() {
        return createdAt;
    }
}
