/**
 * The support-groups offering's API (anhörigstöd, stödgrupper för barn): the group programmes a municipality runs,
 * their cohorts (group rounds) with meeting calendars, participants who come registered, anonymously or through a
 * partner municipality's share, attendance, the end-of-group questionnaire and statistics without identities.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.kommunmeny.supportgroups.api;
