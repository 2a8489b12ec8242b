package se.kommunmeny.purchasing.internal.soap;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import se.kommunmeny.purchasing.api.InvoiceView;

/** An invoice or credit note, issued or received (SOAP); the UBL and HTML forms are operations of their own. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Invoice", namespace = PurchasingWebService.NAMESPACE)
public class InvoiceXml {
    public String id;
    public String number;
    public String type;
    public String direction;
    public String agreementId;
    public String agreementNumber;
    public String partnerName;
    public String month;
    public String issueDate;
    public String dueDate;
    public String currency;
    public BigDecimal total;
    @XmlElement(name = "line")
    public List<LineXml> lines = new ArrayList<>();
    public String credits;
    public String creditedBy;
    public String reconciliation;
    @XmlElement(name = "difference")
    public List<DifferenceXml> differences = new ArrayList<>();
    public String delivery;
    public String createdAt;

    static InvoiceXml of(InvoiceView v) {
        InvoiceXml x = new InvoiceXml();
        x.id = v.id();
        x.number = v.number();
        x.type = v.type();
        x.direction = v.direction();
        x.agreementId = v.agreementId();
        x.agreementNumber = v.agreementNumber();
        x.partnerName = v.partnerName();
        x.month = v.month();
        x.issueDate = PurchasingWebService.iso(v.issueDate());
        x.dueDate = PurchasingWebService.iso(v.dueDate());
        x.currency = v.currency();
        x.total = v.total();
        PurchasingWebService.addAll(x.lines, v.lines(), LineXml::of);
        x.credits = v.credits();
        x.creditedBy = v.creditedBy();
        x.reconciliation = v.reconciliation();
        PurchasingWebService.addAll(x.differences, v.differences(), DifferenceXml::of);
        x.delivery = v.delivery();
        x.createdAt = PurchasingWebService.iso(v.createdAt());
        return x;
    }

    /** One invoice line, traceable to a placement by the buyer's order reference. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "InvoiceLine", namespace = PurchasingWebService.NAMESPACE)
    public static class LineXml {
        public int id;
        public String description;
        public BigDecimal quantity;
        public String unit;
        public BigDecimal unitPrice;
        public BigDecimal amount;
        public String orderRef;
        public String from;
        public String to;

        static LineXml of(InvoiceView.Line l) {
            LineXml x = new LineXml();
            x.id = l.id();
            x.description = l.description();
            x.quantity = l.quantity();
            x.unit = l.unit();
            x.unitPrice = l.unitPrice();
            x.amount = l.amount();
            x.orderRef = l.orderRef();
            x.from = PurchasingWebService.iso(l.from());
            x.to = PurchasingWebService.iso(l.to());
            return x;
        }
    }

    /** A difference between a received invoice and the buyer's own records. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "InvoiceDifference", namespace = PurchasingWebService.NAMESPACE)
    public static class DifferenceXml {
        public String kind;
        public String orderRef;
        public String description;
        public BigDecimal expected;
        public BigDecimal invoiced;

        static DifferenceXml of(InvoiceView.Difference d) {
            DifferenceXml x = new DifferenceXml();
            x.kind = d.kind();
            x.orderRef = d.orderRef();
            x.description = d.description();
            x.expected = d.expected();
            x.invoiced = d.invoiced();
            return x;
        }
    }
}
