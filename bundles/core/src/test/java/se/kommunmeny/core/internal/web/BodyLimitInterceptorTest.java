package se.kommunmeny.core.internal.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.ext.ReaderInterceptorContext;

import org.junit.jupiter.api.Test;

class BodyLimitInterceptorTest {

    /** How the message body reader consumes the stream. */
    interface Reader {
        Object read(InputStream in) throws IOException;
    }

    /** A minimal interceptor context: holds the stream and, on proceed, lets the "body reader" consume it. */
    static final class Context implements ReaderInterceptorContext {
        private InputStream in;
        private final Reader reader;

        Context(byte[] body, Reader reader) {
            this.in = new ByteArrayInputStream(body);
            this.reader = reader;
        }

        @Override
        public Object proceed() throws IOException {
            return reader.read(in);
        }

        @Override
        public InputStream getInputStream() {
            return in;
        }

        @Override
        public void setInputStream(InputStream is) {
            this.in = is;
        }

        @Override
        public MultivaluedMap<String, String> getHeaders() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Object getProperty(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Collection<String> getPropertyNames() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setProperty(String name, Object object) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void removeProperty(String name) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Annotation[] getAnnotations() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setAnnotations(Annotation[] annotations) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Class<?> getType() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setType(Class<?> c) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Type getGenericType() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setGenericType(Type genericType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MediaType getMediaType() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setMediaType(MediaType mediaType) {
            throw new UnsupportedOperationException();
        }
    }

    private static byte[] bytes(int n) {
        byte[] b = new byte[n];
        Arrays.fill(b, (byte) 'x');
        return b;
    }

    private static Object readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static Object readByteByByte(InputStream in) throws IOException {
        int n = 0;
        while (in.read() >= 0) {
            n++;
        }
        return n;
    }

    private static Object readInSmallChunks(InputStream in) throws IOException {
        byte[] buffer = new byte[7];
        int total = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
        }
        return total;
    }

    @Test
    void bodyOfExactlyTheLimitIsRead() throws IOException {
        byte[] body = bytes(100);
        Object result = new BodyLimitInterceptor(100).aroundReadFrom(new Context(body, BodyLimitInterceptorTest::readAll));
        assertArrayEquals(body, (byte[]) result);
        assertEquals(100, new BodyLimitInterceptor(100)
                .aroundReadFrom(new Context(body, BodyLimitInterceptorTest::readByteByByte)));
        assertEquals(100, new BodyLimitInterceptor(100)
                .aroundReadFrom(new Context(body, BodyLimitInterceptorTest::readInSmallChunks)));
    }

    @Test
    void smallerBodyAndEmptyBodyAreRead() throws IOException {
        assertEquals(0, ((byte[]) new BodyLimitInterceptor(10)
                .aroundReadFrom(new Context(new byte[0], BodyLimitInterceptorTest::readAll))).length);
        assertEquals(0, new BodyLimitInterceptor(0)
                .aroundReadFrom(new Context(new byte[0], BodyLimitInterceptorTest::readByteByByte)));
    }

    @Test
    void bodyOverTheLimitIsA413() {
        for (Reader reader : new Reader[] {BodyLimitInterceptorTest::readAll, BodyLimitInterceptorTest::readByteByByte,
                BodyLimitInterceptorTest::readInSmallChunks}) {
            BodyLimitInterceptor.TooLargeException e = assertThrows(BodyLimitInterceptor.TooLargeException.class,
                    () -> new BodyLimitInterceptor(100).aroundReadFrom(new Context(bytes(101), reader)));
            assertEquals(413, e.status());
            assertEquals("too-large", e.code());
            assertTrue(e.getMessage().contains("100 bytes"), e.getMessage());
        }
    }

    @Test
    void readingStopsAtTheFirstByteOverTheLimit() {
        int[] consumed = {0};
        Reader counting = in -> {
            while (in.read() >= 0) {
                consumed[0]++;
            }
            return consumed[0];
        };
        assertThrows(BodyLimitInterceptor.TooLargeException.class,
                () -> new BodyLimitInterceptor(5).aroundReadFrom(new Context(bytes(1_000_000), counting)));
        assertEquals(5, consumed[0], "the body must not be parsed past the limit");
    }

    @Test
    void interceptorWrapsTheStreamItWasGiven() throws IOException {
        Context context = new Context(bytes(3), BodyLimitInterceptorTest::readAll);
        InputStream original = context.getInputStream();
        new BodyLimitInterceptor(3).aroundReadFrom(context);
        assertTrue(context.getInputStream() != original, "the stream must be replaced by a limited one");
        assertEquals(-1, original.read(), "the limited stream reads through to the original");
    }
}
