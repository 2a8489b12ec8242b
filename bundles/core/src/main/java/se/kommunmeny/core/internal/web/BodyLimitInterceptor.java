package se.kommunmeny.core.internal.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.ws.rs.ext.ReaderInterceptor;
import javax.ws.rs.ext.ReaderInterceptorContext;

import se.kommunmeny.core.api.problem.ProblemException;

/** Caps every REST request body; a larger body is a 413 problem and is never parsed to the end. */
public class BodyLimitInterceptor implements ReaderInterceptor {
    private final long maxBytes;

    public BodyLimitInterceptor(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream(), maxBytes));
        return context.proceed();
    }

    /** Thrown when a body exceeds the limit. */
    public static final class TooLargeException extends ProblemException {
        private static final long serialVersionUID = 1L;

        TooLargeException(long max) {
            super("The request body exceeds " + max + " bytes.");
        }

        @Override
        public int status() {
            return 413;
        }

        @Override
        public String code() {
            return "too-large";
        }

        @Override
        public String title() {
            return "Request body too large";
        }
    }

    private static final class Limited extends FilterInputStream {
        private final long max;
        private long count;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > max) {
                throw new TooLargeException(max);
            }
        }
    }
}
