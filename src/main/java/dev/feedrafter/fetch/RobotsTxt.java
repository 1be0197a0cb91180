package dev.feedrafter.fetch;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The robots.txt rules of each site, fetched once and cached per scheme, host and port (RFC 9309): a page that
 * the rules disallow for Feedrafter is not fetched. A missing robots.txt (4xx) allows everything; one that cannot
 * be read (5xx) disallows everything for a while, as the RFC asks. A site that does not answer at all (connection
 * refused, unknown host, timeout) is not fetched either, and that failure is what is reported for the page.
 */
final class RobotsTxt {
    static final String AGENT = "feedrafter";
    static final int MAX_BYTES = 512 * 1024;
    private static final Duration KEEP = Duration.ofHours(24);
    private static final Duration KEEP_UNREACHABLE = Duration.ofHours(1);
    private static final Duration MAX_CRAWL_DELAY = Duration.ofSeconds(30);
    private static final int MAX_SITES = 2000;

    private final Function<URI, FetchOutcome> fetch;
    private final Clock clock;
    private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > MAX_SITES;
        }
    };

    /** {@code fetch} gets a robots.txt URL (redirects followed, no robots check of its own). */
    RobotsTxt(Function<URI, FetchOutcome> fetch, Clock clock) {
        this.fetch = fetch;
        this.clock = clock;
    }

    /**
     * What the rules say of one page; {@code crawlDelay} is zero unless the site asks for spacing. A page not to
     * fetch has a {@code reason} and the kind of {@code failure} to report: {@code ROBOTS}, or {@code NETWORK} /
     * {@code TIMEOUT} when the site could not be reached at all (the page's own fetch would fail the same way).
     */
    record Verdict(boolean allowed, Duration crawlDelay, String reason, FetchOutcome.Failure failure) {
        static final Verdict ALLOWED = new Verdict(true, Duration.ZERO, null, null);

        static Verdict refused(String reason) {
            return new Verdict(false, Duration.ZERO, reason, FetchOutcome.Failure.ROBOTS);
        }
    }

    private record Cached(BaseRobotRules rules, boolean unreachable, Instant until) {}

    Verdict check(URI page) {
        URI robots = page.resolve("/robots.txt");
        String site = (robots.getScheme() + "://" + robots.getRawAuthority()).toLowerCase(Locale.ROOT);
        Cached cached = cached(site);
        if (cached == null) {
            FetchOutcome outcome = fetch.apply(robots);
            if (outcome instanceof FetchOutcome.Failed f && f.failure() == FetchOutcome.Failure.REFUSED) {
                return Verdict.ALLOWED;  // the page's own fetch is refused, with the reason
            }
            if (outcome instanceof FetchOutcome.Failed f && isUnreachable(f)) {
                // Not cached: the site may be back in a minute. Reported as what it is, not as a robots.txt matter.
                String why = f.reason().startsWith(robots + ": ") ? f.reason().substring(robots.toString().length() + 2)
                        : f.reason();
                return new Verdict(false, Duration.ZERO, why, f.failure());
            }
            cached = rules(outcome);
            synchronized (cache) {
                cache.put(site, cached);
            }
        }
        if (cached.rules().isAllowed(page.toString())) {
            long delay = cached.rules().getCrawlDelay();
            return new Verdict(true, delay <= 0 ? Duration.ZERO
                    : Duration.ofMillis(Math.min(delay, MAX_CRAWL_DELAY.toMillis())), null, null);
        }
        return Verdict.refused(cached.unreachable()
                ? "not fetched: " + robots + " cannot be read now, and pages are fetched only with a readable "
                        + "robots.txt"
                : "not fetched: " + robots + " disallows this page for Feedrafter");
    }

    /** No answer at all (refused, unknown host, timed out): not the "unreachable" robots.txt of a 5xx. */
    private static boolean isUnreachable(FetchOutcome.Failed f) {
        return f.status() == 0 && (f.failure() == FetchOutcome.Failure.NETWORK
                || f.failure() == FetchOutcome.Failure.TIMEOUT);
    }

    private Cached cached(String site) {
        synchronized (cache) {
            Cached c = cache.get(site);
            return c != null && c.until().isAfter(clock.instant()) ? c : null;
        }
    }

    private Cached rules(FetchOutcome outcome) {
        Instant now = clock.instant();
        if (outcome instanceof FetchOutcome.Fetched f) {
            SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
            return new Cached(parser.parseContent(f.finalUrl().toString(), f.body(),
                    f.contentType() == null ? "text/plain" : f.contentType(), List.of(AGENT)), false, now.plus(KEEP));
        }
        int status = outcome instanceof FetchOutcome.Failed failed ? failed.status() : 0;
        if (status >= 400 && status < 500) {
            return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), false, now.plus(KEEP));
        }
        return new Cached(new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), true,
                now.plus(KEEP_UNREACHABLE));
    }
}
