package dev.feedrafter.feed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.feedrafter.model.FeedEntry;
import dev.feedrafter.model.ParsedFeed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Feed parsing throughput on the corpus of {@code ../shared/bench/gen_feeds.py} (2,000 feeds × 20 items),
 * beside a plain StAX pass over the same bytes, in one run. Every parsed item is checked against the
 * corpus's {@code manifest.jsonl} (id, link, title, author, published, image; where the manifest has no
 * media URL the first picture of the content is Feedrafter's image by design, counted for information). Not
 * part of {@code mvn verify}:
 * run it with {@code mvn -Pbench-feeds test-compile exec:java} (see docs/BENCHMARKS.md). Files are read into
 * memory first, so disk speed does not count.
 *
 * <p>Arguments: [corpus directory (default target/bench-feeds, generated when missing)] [rounds (default 3)].
 */
public final class FeedThroughputBenchmark {
    private record Feed(String name, byte[] bytes, JsonNode manifest) {}

    private record Pass(double seconds, int items) {}

    private FeedThroughputBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-feeds");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!Files.exists(dir.resolve("manifest.jsonl"))) {
            generate(dir);
        }
        List<Feed> feeds = load(dir);
        long bytes = feeds.stream().mapToLong(f -> f.bytes().length).sum();
        System.out.printf("corpus: %d feeds, %.1f MB, Java %s, %d cores%n", feeds.size(), bytes / 1e6,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        Map<String, Integer> mismatches = check(feeds);
        System.out.println("manifest check: " + (mismatches.isEmpty() ? "every item matches" : mismatches));
        mismatches.keySet().removeIf(k -> k.startsWith("(info)"));
        stax(feeds);
        feedrafter(feeds);
        List<Pass> staxRuns = new ArrayList<>();
        List<Pass> ourRuns = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            staxRuns.add(stax(feeds));
            ourRuns.add(feedrafter(feeds));
        }
        report("StAX pass (JDK, events only)", staxRuns, bytes);
        report("Feedrafter FeedParser", ourRuns, bytes);
        double ratio = median(ourRuns, bytes) / median(staxRuns, bytes);
        System.out.printf("Feedrafter / StAX MB/s: %.2f%n", ratio);
        if (!mismatches.isEmpty()) {
            System.exit(1);
        }
    }

    private static void generate(Path dir) throws IOException, InterruptedException {
        Path script = Path.of("../shared/bench/gen_feeds.py");
        if (!Files.exists(script)) {
            throw new IllegalStateException("no corpus at " + dir + " and no " + script + " to generate it");
        }
        System.out.println("generating the corpus in " + dir + " …");
        Process p = new ProcessBuilder("python3", script.toString(), dir.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("gen_feeds.py failed");
        }
    }

    private static List<Feed> load(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Feed> feeds = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("manifest.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode m = json.readTree(line);
            String name = m.get("file").asText();
            feeds.add(new Feed(name, Files.readAllBytes(dir.resolve(name)), m));
        }
        return feeds;
    }

    private static Pass stax(List<Feed> feeds) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        long start = System.nanoTime();
        int items = 0;
        for (Feed f : feeds) {
            XMLStreamReader r = factory.createXMLStreamReader(new ByteArrayInputStream(f.bytes()));
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT
                        && (r.getLocalName().equals("item") || r.getLocalName().equals("entry"))) {
                    items++;
                }
            }
            r.close();
        }
        return new Pass((System.nanoTime() - start) / 1e9, items);
    }

    private static Pass feedrafter(List<Feed> feeds) {
        FeedParser parser = new FeedParser();
        long start = System.nanoTime();
        int items = 0;
        for (Feed f : feeds) {
            items += parser.parse(f.bytes(), null, f.name(), null).entries().size();
        }
        return new Pass((System.nanoTime() - start) / 1e9, items);
    }

    /** Every item of every feed against the manifest; the count of mismatches per field (empty when none). */
    private static Map<String, Integer> check(List<Feed> feeds) {
        FeedParser parser = new FeedParser();
        Map<String, Integer> mismatches = new TreeMap<>();
        int shown = 0;
        for (Feed f : feeds) {
            ParsedFeed parsed = parser.parse(f.bytes(), null, f.name(), null);
            JsonNode expected = f.manifest().get("items");
            if (parsed.entries().size() != expected.size()) {
                mismatches.merge("item count", 1, Integer::sum);
                continue;
            }
            for (int i = 0; i < expected.size(); i++) {
                FeedEntry e = parsed.entries().get(i);
                JsonNode m = expected.get(i);
                Map<String, Object[]> fields = Map.of(
                        "id", new Object[] {m.get("id").asText(), e.id()},
                        "link", new Object[] {m.get("link").asText(), e.link()},
                        "title", new Object[] {m.get("title").asText(), e.title()},
                        "author", new Object[] {m.get("author").asText(), e.authors().isEmpty() ? null : e.authors().get(0)},
                        "published", new Object[] {Instant.parse(m.get("published").asText()), e.published()},
                        "image", new Object[] {m.get("media").isNull() ? e.image() : m.get("media").asText(), e.image()});
                if (m.get("media").isNull() && e.image() != null) {
                    mismatches.merge("(info) image from the content where the manifest has no media", 1, Integer::sum);
                }
                for (var field : fields.entrySet()) {
                    if (!Objects.equals(field.getValue()[0], field.getValue()[1])) {
                        mismatches.merge(field.getKey(), 1, Integer::sum);
                        if (shown++ < 10) {
                            System.out.println("  " + f.name() + " item " + i + " " + field.getKey() + ": expected "
                                    + field.getValue()[0] + ", got " + field.getValue()[1]);
                        }
                    }
                }
            }
        }
        return mismatches;
    }

    private static void report(String name, List<Pass> runs, long bytes) {
        Pass best = runs.stream().min((a, b) -> Double.compare(a.seconds(), b.seconds())).orElseThrow();
        System.out.printf("%-32s median %6.1f MB/s %8.0f items/s (best %.1f MB/s; %d items per round)%n", name,
                median(runs, bytes), medianItems(runs), bytes / 1e6 / best.seconds(), runs.get(0).items());
    }

    private static double median(List<Pass> runs, long bytes) {
        double[] v = runs.stream().mapToDouble(p -> bytes / 1e6 / p.seconds()).sorted().toArray();
        return v[v.length / 2];
    }

    private static double medianItems(List<Pass> runs) {
        double[] v = runs.stream().mapToDouble(p -> p.items() / p.seconds()).toArray();
        Arrays.sort(v);
        return v[v.length / 2];
    }
}
