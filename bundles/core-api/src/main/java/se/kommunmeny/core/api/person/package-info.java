/**
 * The person register: the one place that holds identities. Offerings refer to persons by the register's id (or to
 * anonymous contacts by their code) instead of keeping their own copies.
 *
 * <p>1.1.0: {@code PersonReferences.canonical}, the form in which offerings store a reference.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.1.0")
package se.kommunmeny.core.api.person;
