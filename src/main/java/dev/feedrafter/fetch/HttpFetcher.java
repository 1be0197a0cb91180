package dev.feedrafter.fetch;

import dev.feedrafter.config.FetchConfig;
import dev.feedrafter.fetch.FetchOutcome.Failure;
import dev.feedrafter.util.Check;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one HTTP client of Feedrafter, for feeds and article pages alike: a polite User-Agent, conditional GET,
 * at most {@value #MAX_REDIRECTS} redirects followed by hand (each hop through the {@link AddressGuard}), robots.txt
 * for pages, per-host limits, one timeout for the whole fetch, bounded and decompressed bodies. It never throws
 * for a bad server: every result is a {@link FetchOutcome}.
 */
public final class HttpFetcher {
    static final int MAX_REDIRECTS = 5;
    private static final String FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/feed+json, "
            + "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8";
    private static final String PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.8";
    private static final String API_ACCEPT = "application/json, */*;q=0.8";
    private static final String ROBOTS_ACCEPT = "text/plain, */*;q=0.8";

    private final FetchConfig config;
    private final AddressGuard guard;
    private final OkHttpClient client;
    private final HostLimiter limiter;
    private final RobotsTxt robots;
    private final Clock clock;

    public HttpFetcher(FetchConfig config) {
        this(config, Clock.systemUTC());
    }

    public HttpFetcher(FetchConfig config, Clock clock) {
        this(config, clock, new AddressGuard(Check.notNull(config, "config").allowPrivateAddresses()));
    }

    HttpFetcher(FetchConfig config, Clock clock, AddressGuard guard) {
        this.config = Check.notNull(config, "config");
        this.clock = Check.notNull(clock, "clock");
        this.guard = guard;
        // No proxy: the client connects only to what the guard resolved. Redirects are followed by hand.
        this.client = new OkHttpClient.Builder().dns(guard).proxy(Proxy.NO_PROXY)
                .followRedirects(false).followSslRedirects(false)
                .connectTimeout(config.connectTimeout()).readTimeout(config.timeout()).build();
        this.limiter = new HostLimiter(config.perHostConnections(), config.perHostDelay());
        this.robots = config.robotsTxt() ? new RobotsTxt(this::fetchRobotsTxt, clock) : null;
    }

    public FetchOutcome fetch(FetchRequest request) {
        Check.notNull(request, "request");
        String accept = switch (request.kind()) {
            case FEED -> FEED_ACCEPT;
            case PAGE -> PAGE_ACCEPT;
            case API -> API_ACCEPT;
        };
        return follow(request, accept, request.kind() == FetchRequest.Kind.PAGE && robots != null, config.maxBytes());
    }

    private FetchOutcome fetchRobotsTxt(URI url) {
        return follow(new FetchRequest(url, FetchRequest.Kind.PAGE, null, null), ROBOTS_ACCEPT, false,
                RobotsTxt.MAX_BYTES);
    }

    private FetchOutcome follow(FetchRequest request, String accept, boolean checkRobots, long maxBytes) {
        Chain chain = new Chain(config.timeout().toNanos());
        try {
            chain.next(httpUrl(request.url()));
            while (true) {
                if (chain.looped()) {
                    return Responses.failed(request, Failure.REDIRECTS, 0, "redirect loop: " + chain);
                }
                guard.checkLiteral(chain.current.host());
                Duration hostDelay = Duration.ZERO;
                if (checkRobots) {
                    RobotsTxt.Verdict verdict = robots.check(chain.current.uri());
                    if (!verdict.allowed()) {
                        return Responses.failed(request, verdict.failure(), 0, chain.current + ": " + verdict.reason());
                    }
                    hostDelay = verdict.crawlDelay();
                }
                FetchOutcome outcome = exchange(request, accept, hostDelay, maxBytes, chain);
                if (outcome != null) {
                    return outcome;
                }
            }
        } catch (FetchException e) {
            return Responses.failed(request, e.failure(), 0, e.getMessage());
        } catch (AddressGuard.RefusedAddressException e) {
            return Responses.failed(request, Failure.REFUSED, 0, where(request, chain) + ": " + e.getMessage());
        } catch (BoundedBody.TooLargeException e) {
            return Responses.failed(request, Failure.TOO_LARGE, 0, where(request, chain) + ": " + e.getMessage());
        } catch (InterruptedIOException e) {
            return isConnectTimeout(e) ? Responses.failed(request, Failure.TIMEOUT, 0, where(request, chain)
                    + ": could not connect within " + seconds(config.connectTimeout())) : timedOut(request);
        } catch (IOException e) {
            return Responses.failed(request, Failure.NETWORK, 0, where(request, chain) + ": " + describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Responses.failed(request, Failure.INTERRUPTED, 0, request.url() + ": interrupted");
        }
    }

    /** One request of the chain, in its host's turn: the final outcome, or null after moving to a redirect's target. */
    private FetchOutcome exchange(FetchRequest request, String accept, Duration hostDelay, long maxBytes, Chain chain)
            throws IOException, InterruptedException {
        try (HostLimiter.Permit permit = limiter.acquire(chain.current.host(), hostDelay)) {
            long started = System.nanoTime();
            Call call = client.newCall(build(request, chain.current, accept));
            call.timeout().timeout(Math.max(chain.budget, 1), TimeUnit.NANOSECONDS);
            try (Response response = call.execute()) {
                HttpUrl next = redirectTarget(response, chain.current);
                if (next == null) {
                    return Responses.outcome(request, chain.current.uri(), chain.permanent, response, maxBytes,
                            clock.instant());
                }
                if (chain.hops() >= MAX_REDIRECTS) {
                    chain.next(next);
                    return Responses.failed(request, Failure.REDIRECTS, 0, "more than " + MAX_REDIRECTS
                            + " redirects: " + chain);
                }
                chain.redirect(next, response.code() == 301 || response.code() == 308);
            }
            chain.budget -= System.nanoTime() - started;
            return chain.budget > 0 ? null : timedOut(request);
        }
    }

    /** The URLs one fetch went through, where its permanent redirects lead, and the time it has left. */
    private static final class Chain {
        private final List<HttpUrl> urls = new ArrayList<>();
        HttpUrl current;
        URI permanent;
        private boolean permanentSoFar = true;
        long budget;

        Chain(long budgetNanos) {
            this.budget = budgetNanos;
        }

        void next(HttpUrl url) {
            urls.add(url);
            current = url;
        }

        /** Only the unbroken run of permanent redirects from the start moves a feed. */
        void redirect(HttpUrl target, boolean isPermanent) {
            permanentSoFar &= isPermanent;
            permanent = permanentSoFar ? target.uri() : permanent;
            next(target);
        }

        int hops() {
            return urls.size() - 1;
        }

        boolean looped() {
            return urls.indexOf(current) < urls.size() - 1;
        }

        @Override
        public String toString() {
            return urls.stream().map(HttpUrl::toString).collect(Collectors.joining(" → "));
        }
    }

    private Request build(FetchRequest request, HttpUrl url, String accept) {
        Request.Builder b = new Request.Builder().url(url).get()
                .header("User-Agent", config.userAgent())
                .header("Accept", accept)
                .header("Accept-Encoding", "gzip, deflate");
        // Sent on every hop: the stored validators came from where the last redirects ended.
        if (request.etag() != null) {
            b.header("If-None-Match", request.etag());
        }
        if (request.lastModified() != null) {
            b.header("If-Modified-Since", request.lastModified());
        }
        return b.build();
    }

    /** The next URL for a 301/302/303/307/308 with a Location; null when the response is final. */
    private static HttpUrl redirectTarget(Response response, HttpUrl from) {
        int code = response.code();
        String location = response.header("Location");
        if (!(code == 301 || code == 302 || code == 303 || code == 307 || code == 308) || location == null
                || location.isBlank()) {
            return null;
        }
        HttpUrl next = from.resolve(location.strip());
        if (next == null) {
            throw new FetchException(from.uri(), Failure.REDIRECTS, "HTTP " + code + " redirects to \""
                    + location.strip() + "\", which is not an http(s) URL");
        }
        return next;
    }

    private static HttpUrl httpUrl(URI url) {
        HttpUrl parsed = HttpUrl.parse(url.toString());
        if (parsed == null) {
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            throw new FetchException(url, Failure.REFUSED, scheme.equals("http") || scheme.equals("https")
                    ? "not a valid URL" : "only http and https URLs are fetched");
        }
        return parsed;
    }

    private FetchOutcome timedOut(FetchRequest request) {
        return Responses.failed(request, Failure.TIMEOUT, 0, request.url() + ": timed out, no complete answer within "
                + seconds(config.timeout()));
    }

    private static boolean isConnectTimeout(InterruptedIOException e) {
        return e instanceof SocketTimeoutException && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT)
                .contains("connect");
    }

    private static String describe(IOException e) {
        String m = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof UnknownHostException) {
            return "unknown host (" + m + ")";
        }
        if (e instanceof ConnectException) {
            return "connection refused (" + m + ")";
        }
        if (e instanceof SSLException) {
            return "secure connection failed (" + m + ")";
        }
        if (m.startsWith("unexpected end of stream")) {
            return "the server closed the connection before the response was complete";
        }
        if (e instanceof ProtocolException) {
            return "the server sent a broken response (" + m + ")";
        }
        return "connection failed (" + m + ")";
    }

    private static String where(FetchRequest request, Chain chain) {
        return chain.current == null || chain.current.uri().equals(request.url()) ? request.url().toString()
                : request.url() + " (redirected to " + chain.current + ")";
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }
}
