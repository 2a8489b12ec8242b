/**
 * The purchasing offering's API (köp av platser, placeringar mellan kommuner): suppliers and customers, agreements
 * with their price models, placement orders that travel between municipality platforms, reports back to the buyer,
 * monthly invoices (Peppol BIS Billing 3.0) with their reconciliation, and costs.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package se.kommunmeny.purchasing.api;
