package dev.feedrafter.extract.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.feedrafter.extract.ArticleExtractor;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.zip.GZIPInputStream;
import java.util.stream.Collectors;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;

/**
 * Scores main-text extraction on the article-extraction benchmark ({@code ../shared/corpora/
 * article-extraction-benchmark}): precision, recall and F1 of {@code body_text} as the benchmark's README
 * defines them, and warm in-process speed in pages per second, for Feedrafter and Readability4J side by side.
 *
 * <p>Run with {@code mvn -B -q -Pbench test-compile} (arguments: {@code -Dbench.args="--rounds 5 --dump DIR"});
 * {@code --score FILE} scores a prediction file of the benchmark's own format instead.
 */
public final class ExtractionBenchmark {
    private static final JsonMapper JSON = new JsonMapper();

    /** One benchmark page: its id, URL, HTML and hand-checked body. */
    record Case(String id, String url, String html, String truth) {}

    private ExtractionBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path corpus = Path.of(option(args, "--corpus", "../shared/corpora/article-extraction-benchmark"));
        if (!Files.isDirectory(corpus)) {
            System.err.println("benchmark corpus not found at " + corpus.toAbsolutePath() + "; nothing measured");
            return;
        }
        List<Case> cases = load(corpus);
        String score = option(args, "--score", null);
        if (score != null) {
            report(Path.of(score).getFileName().toString(), scoreFile(cases, Path.of(score)), Double.NaN);
            return;
        }
        int rounds = Integer.parseInt(option(args, "--rounds", "5"));
        String dump = option(args, "--dump", null);
        ArticleExtractor extractor = new ArticleExtractor();
        Map<String, BiFunction<String, String, String>> extractors = new LinkedHashMap<>();
        extractors.put("Feedrafter", (html, url) -> extractor.extract(html, url).bodyText());
        extractors.put("Readability4J 1.0.8", (html, url) -> new Readability4J(url, html).parse().getTextContent());
        // A floor, not an extractor: what parsing alone costs on this machine, now.
        extractors.put("jsoup parse + <p> text", (html, url) -> Jsoup.parse(html, url).select("p").eachText()
                .stream().collect(Collectors.joining("\n\n")));
        System.out.printf(Locale.ROOT, "%d pages, %d timed rounds each after one warm-up round; the extractors take "
                + "turns round by round, so that both see the same machine load%n", cases.size(), rounds);
        Map<String, List<String>> predictions = new LinkedHashMap<>();
        Map<String, Long> nanos = new LinkedHashMap<>();
        extractors.forEach((name, each) -> predictions.put(name, run(cases, each)));
        for (int r = 0; r < rounds; r++) {
            for (var e : extractors.entrySet()) {
                long start = System.nanoTime();
                run(cases, e.getValue());
                nanos.merge(e.getKey(), System.nanoTime() - start, Long::sum);
            }
        }
        System.out.printf(Locale.ROOT, "%-22s %9s %9s %9s %9s %10s%n", "extractor", "precision", "recall", "F1",
                "exact", "pages/s");
        for (String name : extractors.keySet()) {
            report(name, evaluate(cases, predictions.get(name)), cases.size() * rounds / (nanos.get(name) / 1e9));
        }
        if (dump != null) {
            dump(Path.of(dump), cases, predictions.get("Feedrafter"));
        }
    }

    private static List<String> run(List<Case> cases, BiFunction<String, String, String> extractor) {
        List<String> out = new ArrayList<>(cases.size());
        for (Case c : cases) {
            String text = extractor.apply(c.html(), c.url());
            out.add(text == null ? "" : text);
        }
        return out;
    }

    static ShingleMetric.Result evaluate(List<Case> cases, List<String> predictions) {
        List<ShingleMetric.Page> pages = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            pages.add(ShingleMetric.page(cases.get(i).truth(), predictions.get(i)));
        }
        return ShingleMetric.aggregate(pages);
    }

    private static ShingleMetric.Result scoreFile(List<Case> cases, Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        JsonNode output = root.has("output") && root.get("output").isObject() ? root.get("output") : root;
        List<String> predictions = new ArrayList<>();
        for (Case c : cases) {
            JsonNode body = output.path(c.id()).path("articleBody");
            predictions.add(body.isTextual() ? body.asText() : "");
        }
        return evaluate(cases, predictions);
    }

    private static void report(String name, ShingleMetric.Result r, double pagesPerSecond) {
        System.out.printf(Locale.ROOT, "%-22s %9.3f %9.3f %9.3f %9.3f %10.1f%n", name, r.precision(), r.recall(),
                r.f1(), r.accuracy(), pagesPerSecond);
    }

    private static List<Case> load(Path corpus) throws IOException {
        JsonNode truth = JSON.readTree(corpus.resolve("ground-truth.json").toFile());
        List<Case> cases = new ArrayList<>();
        for (var it = truth.fields(); it.hasNext(); ) {
            var entry = it.next();
            Path page = corpus.resolve("html").resolve(entry.getKey() + ".html.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
                cases.add(new Case(entry.getKey(), entry.getValue().path("url").asText(),
                        new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        entry.getValue().path("articleBody").asText()));
            }
        }
        return cases;
    }

    /** Writes each page's prediction and its per-page F1, worst first, for looking at failures. */
    private static void dump(Path dir, List<Case> cases, List<String> predictions) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            ShingleMetric.Page p = ShingleMetric.page(cases.get(i).truth(), predictions.get(i));
            Files.writeString(dir.resolve(cases.get(i).id() + ".txt"), predictions.get(i));
            double f1 = p.precision() + p.recall() == 0 ? 0 : 2 * p.precision() * p.recall() / (p.precision() + p.recall());
            lines.add(String.format(Locale.ROOT, "%.3f P %.3f R %.3f %s %s", f1, p.precision(), p.recall(),
                    cases.get(i).id(), cases.get(i).url()));
        }
        lines.sort(null);
        Files.write(dir.resolve("scores.txt"), lines);
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
