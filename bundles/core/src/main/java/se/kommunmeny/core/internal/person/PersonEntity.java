package se.kommunmeny.core.internal.person;

import java.time.LocalDate;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

/** A registered person. */
@Entity
@Table(name = "core_person")
public class PersonEntity {
    @Id
    @Column(name = "id")
    private String id;
    @Column(name = "identity_type", nullable = false)
    private String identityType;
    @Column(name = "identity_number", nullable = false)
    private String identityNumber;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Column(name = "gender")
    private String gender;
    @Column(name = "given_name", nullable = false)
    private String givenName;
    @Column(name = "family_name", nullable = false)
    private String familyName;
    @Column(name = "given_name_key", nullable = false)
    private String givenNameKey;
    @Column(name = "family_name_key", nullable = false)
    private String familyNameKey;
    @Column(name = "address")
    private String address;
    @Column(name = "protected_identity", nullable = false)
    private boolean protectedIdentity;
    @Column(name = "created_at", nullable = false)
    private long createdAt;
    @Column(name = "created_by", nullable = false)
    private String createdBy;

    protected PersonEntity() {
    }

    PersonEntity(String id, String identityType, String identityNumber, LocalDate birthDate, String gender,
            String givenName, String familyName, String address, boolean protectedIdentity, long createdAt,
            String createdBy) {
        this.id = id;
        this.identityType = identityType;
        this.identityNumber = identityNumber;
        this.birthDate = birthDate;
        this.gender = gender;
        this.givenName = givenName;
        this.familyName = familyName;
        this.givenNameKey = PersonServiceImpl.searchKey(givenName);
        this.familyNameKey = PersonServiceImpl.searchKey(familyName);
        this.address = address;
        this.protectedIdentity = protectedIdentity;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    String id() {
        return id;
    }

    String identityType() {
        return identityType;
    }

    String identityNumber() {
        return identityNumber;
    }

    LocalDate birthDate() {
        return birthDate;
    }

    String gender() {
        return gender;
    }

    String givenName() {
        return givenName;
    }

    String familyName() {
        return familyName;
    }

    String address() {
        return address;
    }

    boolean protectedIdentity() {
        return protectedIdentity;
    }
}
