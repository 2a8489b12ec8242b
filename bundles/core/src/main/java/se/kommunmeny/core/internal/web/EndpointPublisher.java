package se.kommunmeny.core.internal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.bus.CXFBusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.databind.util.LRUMap;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;

import se.kommunmeny.core.api.municipality.MunicipalityService;
import se.kommunmeny.core.api.web.RestResource;
import se.kommunmeny.core.api.web.SoapEndpoint;

/**
 * The core owns CXF publishing. It makes a bus of its own (never the default bus, which any bundle could shut down
 * for all) and publishes every {@link RestResource} at {@code /kommunmeny/api/<base>} and every
 * {@link SoapEndpoint} at {@code /kommunmeny/soap/<name>}, each as its own server, created when the service appears
 * and destroyed when it goes, so an offering's endpoints live and die with its bundle.
 */
@Component(service = EndpointPublisher.class, immediate = true)
public class EndpointPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(EndpointPublisher.class);
    /** Largest request body accepted, REST or SOAP. */
    static final long MAX_BODY_BYTES = 1024 * 1024;

    private final Map<Object, Server> servers = new HashMap<>();
    private final Map<Object, Map<String, Object>> pendingRest = new HashMap<>();
    private final Map<Object, Map<String, Object>> pendingSoap = new HashMap<>();
    private final Map<String, PublishedResource> published = new HashMap<>();
    private final MunicipalityService municipality;
    private final ObjectMapper mapper;
    private Bus bus;
    private Server openApiServer;
    private Server fallbackServer;

    @Activate
    public EndpointPublisher(@Reference MunicipalityService municipality) {
        this.municipality = municipality;
        this.mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .addModule(new SimpleModule("nul-free-strings").addDeserializer(String.class,
                        new NulFreeStringDeserializer()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64)
                .maxStringLength(256 * 1024).maxNumberLength(64).build());
        synchronized (this) {
            bus = withCxfClassLoader(() -> {
                Bus created = new CXFBusFactory().createBus();
                // The factory makes the first bus of the JVM the default; ours must never be.
                if (BusFactory.getDefaultBus(false) == created) {
                    BusFactory.setDefaultBus(null);
                }
                BusFactory.setThreadDefaultBus(null);
                return created;
            });
            bus.setId("kommunmeny");
            // Every answer over HTTPS tells browsers to stay on HTTPS.
            bus.getInInterceptors().add(new StrictTransportSecurityInterceptor());
            pendingRest.forEach(this::publishRest);
            pendingSoap.forEach(this::publishSoap);
            pendingRest.clear();
            pendingSoap.clear();
            OpenApiResource openApi = new OpenApiResource(this);
            openApiServer = createRestServer("/api/openapi", openApi, false, true);
            published.put("/api/openapi", new PublishedResource("/api/openapi", OpenApiResource.class));
            fallbackServer = createRestServer("/", new FallbackResource(), false, true);
        }
        LOG.info("Endpoint publisher ready on its own CXF bus");
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            servers.values().forEach(Server::destroy);
            servers.clear();
            published.clear();
            if (openApiServer != null) {
                openApiServer.destroy();
            }
            if (fallbackServer != null) {
                fallbackServer.destroy();
            }
            if (bus != null) {
                bus.shutdown(true);
                bus = null;
            }
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void addRestResource(RestResource resource, Map<String, Object> properties) {
        if (bus == null) {
            pendingRest.put(resource, properties);
        } else {
            publishRest(resource, properties);
        }
    }

    synchronized void removeRestResource(RestResource resource) {
        pendingRest.remove(resource);
        unpublish(resource);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    synchronized void addSoapEndpoint(SoapEndpoint endpoint, Map<String, Object> properties) {
        if (bus == null) {
            pendingSoap.put(endpoint, properties);
        } else {
            publishSoap(endpoint, properties);
        }
    }

    synchronized void removeSoapEndpoint(SoapEndpoint endpoint) {
        pendingSoap.remove(endpoint);
        unpublish(endpoint);
    }

    /** The REST resources published now, for the OpenAPI document. */
    public synchronized List<PublishedResource> publishedResources() {
        List<PublishedResource> list = new ArrayList<>(published.values());
        list.sort(Comparator.comparing(PublishedResource::address));
        return list;
    }

    private void publishRest(Object resource, Map<String, Object> properties) {
        String base = String.valueOf(properties.get(RestResource.BASE));
        if (!base.matches("[a-z][a-z0-9-]*(/[a-z][a-z0-9-]*)*")) {
            LOG.error("REST resource {} not published: property {} must be a lower-case path, was '{}'",
                    resource.getClass().getName(), RestResource.BASE, base);
            return;
        }
        String address = "/api/" + base;
        if (published.containsKey(address)) {
            LOG.error("REST resource {} not published: {} is taken", resource.getClass().getName(), address);
            return;
        }
        boolean health = "health".equals(base);
        try {
            servers.put(resource, createRestServer(address, resource, health, false));
            published.put(address, new PublishedResource(address, resource.getClass()));
            LOG.info("Published REST {}", address);
        } catch (RuntimeException e) {
            LOG.error("REST resource {} could not be published at {}", resource.getClass().getName(), address, e);
        }
    }

    private Server createRestServer(String address, Object resource, boolean alwaysAvailable, boolean publicDocs) {
        return withClassLoader(resource.getClass().getClassLoader(), () -> {
            JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
            factory.setBus(bus);
            factory.setAddress(address);
            factory.setServiceBean(resource);
            // A mapper of the server's own: Jackson caches (de)serializers and types per mapper, and a mapper shared by
            // all servers would keep a removed offering's classes, and its class loader, reachable for good.
            ObjectMapper own = mapper.copy();
            own.setTypeFactory(TypeFactory.defaultInstance().withCache(new LRUMap<Object, JavaType>(16, 200)));
            factory.setProviders(List.of(new JacksonJsonProvider(own),
                    new ProblemExceptionMapper(FrameworkUtil.getBundle(resource.getClass())),
                    new RestGuardFilter(municipality, alwaysAvailable, publicDocs),
                    new BodyLimitInterceptor(MAX_BODY_BYTES)));
            factory.setProperties(Map.of("org.apache.cxf.http.header.split", "true"));
            return factory.create();
        });
    }

    private void publishSoap(Object implementor, Map<String, Object> properties) {
        String name = String.valueOf(properties.get(SoapEndpoint.NAME));
        if (!name.matches("[A-Z][A-Za-z0-9]*")) {
            LOG.error("SOAP endpoint {} not published: property {} must be a capitalised name, was '{}'",
                    implementor.getClass().getName(), SoapEndpoint.NAME, name);
            return;
        }
        String address = "/soap/" + name;
        try {
            Server server = withClassLoader(implementor.getClass().getClassLoader(), () -> {
                JaxWsServerFactoryBean factory = new JaxWsServerFactoryBean();
                factory.setBus(bus);
                factory.setAddress(address);
                factory.setServiceBean(implementor);
                factory.setServiceClass(implementor.getClass());
                factory.setProperties(new HashMap<>(SoapLimits.properties()));
                factory.getInInterceptors().add(new SoapGuardInterceptor(municipality, MAX_BODY_BYTES));
                SoapProblemInterceptor problems = new SoapProblemInterceptor(
                        FrameworkUtil.getBundle(implementor.getClass()));
                factory.getOutInterceptors().add(problems);
                factory.getOutFaultInterceptors().add(problems);
                return factory.create();
            });
            servers.put(implementor, server);
            LOG.info("Published SOAP {}", address);
        } catch (RuntimeException e) {
            LOG.error("SOAP endpoint {} could not be published at {}", implementor.getClass().getName(), address, e);
        }
    }

    private void unpublish(Object service) {
        Server server = servers.remove(service);
        if (server != null) {
            String address = server.getEndpoint().getEndpointInfo().getAddress();
            published.values().removeIf(p -> p.resourceClass() == service.getClass());
            server.destroy();
            LOG.info("Withdrew {}", address);
        }
    }

    private static <T> T withCxfClassLoader(Supplier<T> work) {
        return withClassLoader(Bus.class.getClassLoader(), work);
    }

    private static <T> T withClassLoader(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
