package dev.feedrafter.feed.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.feedrafter.feed.FeedDates;
import dev.feedrafter.feed.FeedParser;
import dev.feedrafter.feed.ParseException;
import dev.feedrafter.model.ParsedFeed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the feedparser conformance corpus ({@code ../shared/corpora/feedparser-tests}) through our parser:
 * every file must parse or fail with one clear line (never an escaping exception, never a hang; an ill-formed
 * file with items must yield entries), and every
 * {@code Expect:} line whose keys Feedrafter models is evaluated. Pass counts per folder go to
 * {@code target/conformance.md}; each folder has a floor that only moves up.
 */
class FeedparserConformanceTest {
    private static final Path CORPUS = Path.of("../shared/corpora/feedparser-tests");
    private static final long TIMEOUT_SECONDS = 20;

    /** Minimum passing expectations per folder; raise them as the parser improves. */
    private static final Map<String, Integer> FLOORS = Map.ofEntries(
            Map.entry("encoding", 65),
            Map.entry("entities", 254),
            Map.entry("illformed", 8),
            Map.entry("json", 1),
            Map.entry("wellformed/amp", 69),
            Map.entry("wellformed/atom", 65),
            Map.entry("wellformed/atom10", 66),
            Map.entry("wellformed/base", 36),
            Map.entry("wellformed/http", 2),
            Map.entry("wellformed/itunes", 1),
            Map.entry("wellformed/media-rss", 2),
            Map.entry("wellformed/namespace", 16),
            Map.entry("wellformed/node_precedence", 1),
            Map.entry("wellformed/rdf", 11),
            Map.entry("wellformed/rss", 56),
            Map.entry("wellformed/sanitize", 287),
            Map.entry("wellformed/sgml", 1),
            Map.entry("wellformed/xml", 3));
    private static final int DATE_VECTORS_FLOOR = 72;

    @Test
    void meetsTheFloorsOnTheWholeCorpus() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "feedparser corpus not found at " + CORPUS.toAbsolutePath());
        Map<String, Tally> tallies = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(daemon());
        FeedParser parser = new FeedParser();
        try {
            for (CorpusRow row : CorpusRow.readIndex(CORPUS)) {
                Tally t = tallies.computeIfAbsent(row.folder(), f -> new Tally());
                t.files++;
                byte[] bytes = Files.readAllBytes(CORPUS.resolve(row.path()));
                Future<ParsedFeed> run = worker.submit(() -> parser.parse(bytes, row.contentType(), row.path(),
                        row.baseUrl()));
                ParsedFeed feed = null;
                boolean failed = false;
                try {
                    feed = run.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                    t.parsed++;
                    t.withEntries += feed.entries().isEmpty() ? 0 : 1;
                    if (row.path().startsWith("illformed") && feed.entries().isEmpty() && hasItems(bytes)) {
                        problems.add("ill-formed file with items yields no entries: " + row.path());
                    }
                } catch (TimeoutException e) {
                    run.cancel(true);
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(daemon());
                    problems.add("hang: " + row.path());
                    continue;
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof ParseException p)) {
                        problems.add("exception escaped: " + row.path() + ": " + e.getCause());
                        continue;
                    }
                    failed = true;
                    t.errors++;
                    if (p.getMessage().contains("\n") || !p.getMessage().startsWith(row.path())) {
                        problems.add("error is not one line naming the file: " + row.path() + ": " + p.getMessage());
                    }
                }
                evaluate(row, feed, failed, t, failures);
            }
        } finally {
            worker.shutdownNow();
        }
        DateVectors dates = dateVectors();
        Path report = Path.of("target/conformance.md");
        Files.createDirectories(report.getParent());
        Files.writeString(report, ConformanceReport.markdown(tallies, dates.passed, dates.total, problems),
                StandardCharsets.UTF_8);
        Files.write(Path.of("target/conformance-failures.txt"), failures, StandardCharsets.UTF_8);

        assertThat(problems).as("exceptions, hangs and unclear errors").isEmpty();
        for (var floor : FLOORS.entrySet()) {
            assertThat(tallies.get(floor.getKey()).passed).as("passing expectations in " + floor.getKey())
                    .isGreaterThanOrEqualTo(floor.getValue());
        }
        assertThat(dates.passed).as("dates.tsv vectors").isGreaterThanOrEqualTo(DATE_VECTORS_FLOOR);
    }

    private static void evaluate(CorpusRow row, ParsedFeed feed, boolean failed, Tally t, List<String> failures) {
        PyExpr.Evaluation context = new PyExpr.Evaluation();
        try {
            if (PyExpr.evaluate(row.expect(), FeedView.names(feed, failed), context)) {
                t.mapped++;
                t.passed++;
                t.exact += context.exact ? 1 : 0;
            } else {
                t.mapped++;
                failures.add(row.path() + "\t" + row.expect() + "\t" + describe(feed, failed));
            }
        } catch (PyExpr.Unmapped e) {
            t.unmapped++;
        } catch (PyExpr.PyError e) {
            t.mapped++;
            failures.add(row.path() + "\t" + row.expect() + "\t" + e.getMessage() + " " + describe(feed, failed));
        }
    }

    /** Whether the file has an item or entry start tag (read as Latin-1: only the ASCII markup matters). */
    private static boolean hasItems(byte[] bytes) {
        return java.util.regex.Pattern.compile("<(?:\\w+:)?(?:item|entry)[\\s>]")
                .matcher(new String(bytes, StandardCharsets.ISO_8859_1)).find();
    }

    private static String describe(ParsedFeed feed, boolean failed) {
        if (failed || feed == null) {
            return "(parse error)";
        }
        String first = feed.entries().isEmpty() ? "no entries" : feed.entries().get(0).toString();
        return "title=" + feed.title() + " enc=" + feed.encoding() + " warnings=" + feed.warnings() + " " + first;
    }

    record DateVectors(int passed, int total) {}

    /** The date-parser vectors of {@code dates.tsv}: our one parser against each expected instant (or none). */
    private static DateVectors dateVectors() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("dates.tsv"), StandardCharsets.UTF_8);
        int passed = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            Optional<Instant> ours = FeedDates.parse(f[1]);
            Optional<Instant> expected = f[2].equals("null") ? Optional.empty() : Optional.of(Instant.parse(f[2]));
            passed += ours.equals(expected) ? 1 : 0;
        }
        return new DateVectors(passed, lines.size() - 1);
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread thread = new Thread(r, "conformance-parse");
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Counts for one folder. */
    static final class Tally {
        int files;
        int parsed;
        int withEntries;
        int errors;
        int mapped;
        int passed;
        int exact;
        int unmapped;
    }
}
