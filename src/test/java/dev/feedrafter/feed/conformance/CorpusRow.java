package dev.feedrafter.feed.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One file of the feedparser corpus as listed in its {@code index.tsv}: path, expectation, HTTP headers. */
record CorpusRow(String path, String category, String expect, Map<String, String> headers, boolean overHttp) {
    /** The mock server address the upstream runner serves HTTP files from; relative links resolve against it. */
    static final String UPSTREAM_SERVER = "http://127.0.0.1:8097/";

    static List<CorpusRow> readIndex(Path corpus) throws IOException {
        List<String> lines = Files.readAllLines(corpus.resolve("index.tsv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split("\t", -1));
        List<CorpusRow> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            Map<String, String> headers = new LinkedHashMap<>();
            String h = f[header.indexOf("http_headers")];
            if (!h.isBlank()) {
                for (String pair : h.split("; (?=[A-Za-z-]+:)")) {
                    int colon = pair.indexOf(':');
                    headers.put(pair.substring(0, colon).strip().toLowerCase(), pair.substring(colon + 1).strip());
                }
            }
            rows.add(new CorpusRow(f[0], f[header.indexOf("category")], f[header.indexOf("expect")], headers,
                    "yes".equals(f[header.indexOf("served_over_http")])));
        }
        return rows;
    }

    /** The folder the file is in, e.g. {@code wellformed/rss} or {@code entities}. */
    String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "." : path.substring(0, slash);
    }

    String contentType() {
        return headers.getOrDefault("content-type", overHttp ? "text/xml" : null);
    }

    /**
     * The URL relative references resolve against, as our fetcher would hand it over: Content-Location when
     * served with a usable one, else the document's.
     */
    String baseUrl() {
        if (!overHttp) {
            return headers.get("content-location");
        }
        String documentUrl = UPSTREAM_SERVER + path;
        String location = headers.get("content-location");
        return location == null || location.matches("(?i)^(javascript|data|vbscript):.*") ? documentUrl : java.net.URI.create(documentUrl).resolve(location).toString();
    }
}
