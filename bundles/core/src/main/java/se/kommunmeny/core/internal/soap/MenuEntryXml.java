package se.kommunmeny.core.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.core.api.menu.MenuEntry;

/** A menu entry on the wire (SOAP). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "MenuEntry", namespace = MenuWebService.NAMESPACE)
public class MenuEntryXml {
    public String id;
    public String name;
    public String type;
    @XmlElement(name = "targetGroup")
    public List<String> targetGroups = new ArrayList<>();
    public boolean anonymous;
    public boolean decisionRequired;
    public String need;
    public String offer;
    public String content;
    public String targetGroupDescription;
    public String scope;
    public String staff;
    public String since;
    public String providerKind;
    public String providerName;
    public Integer capacity;
    public Integer freePlaces;
    /** When {@code freePlaces} was read from another platform; absent for a live figure. */
    public String freePlacesReadAt;
    @XmlElement(name = "method")
    public List<String> methods = new ArrayList<>();
    public String offering;
    /** The district of the municipality the service belongs to; absent for the whole municipality. */
    public String district;

    static MenuEntryXml of(MenuEntry e) {
        MenuEntryXml x = new MenuEntryXml();
        x.id = e.id();
        x.name = e.name();
        x.type = e.type().name();
        e.targetGroups().stream().sorted().forEach(g -> x.targetGroups.add(g.name()));
        x.anonymous = e.anonymous();
        x.decisionRequired = e.decisionRequired();
        x.need = e.description().need();
        x.offer = e.description().offer();
        x.content = e.description().content();
        x.targetGroupDescription = e.description().targetGroup();
        x.scope = e.description().scope();
        x.staff = e.description().staff();
        x.since = e.description().since();
        x.providerKind = e.provider().kind().name();
        x.providerName = e.provider().name();
        x.capacity = e.capacity();
        x.freePlaces = e.freePlaces();
        x.freePlacesReadAt = e.freePlacesReadAt() == null ? null : e.freePlacesReadAt().toString();
        x.methods.addAll(e.methods());
        x.offering = e.offering();
        x.district = e.district();
        return x;
    }
}
