package dev.feedrafter.feed.conformance;

import java.util.List;
import java.util.Map;

/** Writes the per-folder conformance figures as a Markdown table. */
final class ConformanceReport {
    private ConformanceReport() {}

    static String markdown(Map<String, FeedparserConformanceTest.Tally> tallies, int datesPassed, int datesTotal,
                           List<String> problems) {
        StringBuilder md = new StringBuilder("# Feed parsing conformance (feedparser corpus)\n\n");
        md.append("| folder | files | parsed | with entries | errors | mapped expectations | passed | % | "
                + "exact HTML | unmapped |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        FeedparserConformanceTest.Tally wellformed = new FeedparserConformanceTest.Tally();
        FeedparserConformanceTest.Tally all = new FeedparserConformanceTest.Tally();
        for (var e : tallies.entrySet()) {
            row(md, e.getKey(), e.getValue());
            add(all, e.getValue());
            if (e.getKey().startsWith("wellformed")) {
                add(wellformed, e.getValue());
            }
        }
        row(md, "**wellformed/\\***", wellformed);
        row(md, "**all**", all);
        md.append("\n`dates.tsv`: ").append(datesPassed).append(" of ").append(datesTotal)
                .append(" date vectors read as expected.\n");
        md.append("\nExceptions escaping, hangs and unclear errors: ").append(problems.size()).append('\n');
        problems.forEach(p -> md.append("- ").append(p).append('\n'));
        return md.toString();
    }

    private static void row(StringBuilder md, String name, FeedparserConformanceTest.Tally t) {
        md.append("| ").append(name).append(" | ").append(t.files).append(" | ").append(t.parsed).append(" | ")
                .append(t.withEntries).append(" | ").append(t.errors).append(" | ").append(t.mapped).append(" | ")
                .append(t.passed).append(" | ").append(t.mapped == 0 ? "–" : String.format("%.1f", 100.0 * t.passed / t.mapped))
                .append(" | ").append(t.exact).append(" | ").append(t.unmapped).append(" |\n");
    }

    private static void add(FeedparserConformanceTest.Tally sum, FeedparserConformanceTest.Tally t) {
        sum.files += t.files;
        sum.parsed += t.parsed;
        sum.withEntries += t.withEntries;
        sum.errors += t.errors;
        sum.mapped += t.mapped;
        sum.passed += t.passed;
        sum.exact += t.exact;
        sum.unmapped += t.unmapped;
    }
}
