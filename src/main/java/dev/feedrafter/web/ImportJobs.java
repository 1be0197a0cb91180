package dev.feedrafter.web;

import dev.feedrafter.pipeline.EntryResult;
import dev.feedrafter.pipeline.ImportUrl;
import dev.feedrafter.util.Check;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-off imports started from the import page. Each runs in the background while its page shows how far it
 * got; the last {@value #KEPT} are kept in memory, so a restart forgets the list (the drafts stay).
 */
final class ImportJobs {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    static final int KEPT = 20;

    /** An import as it runs: what was asked, how many entries the feed has (null until known), what became of each. */
    static final class Job implements ImportUrl.Progress {
        final String id;
        final URI url;
        final boolean feed;
        final String editor;
        final Instant started;
        private Integer total;
        private final List<EntryResult> results = new ArrayList<>();
        private String error;
        private boolean done;

        Job(String id, URI url, boolean feed, String editor, Instant started) {
            this.id = id;
            this.url = url;
            this.feed = feed;
            this.editor = editor;
            this.started = started;
        }

        @Override
        public synchronized void found(int entries) {
            total = entries;
        }

        @Override
        public synchronized void imported(EntryResult result) {
            results.add(result);
        }

        synchronized void finish(String failure) {
            error = failure;
            done = true;
        }

        synchronized Integer total() {
            return total;
        }

        synchronized List<EntryResult> results() {
            return List.copyOf(results);
        }

        synchronized String error() {
            return error;
        }

        synchronized boolean done() {
            return done;
        }
    }

    private final ExecutorService executor;
    private final Supplier<ImportUrl> importer;
    private final Clock clock;
    private final Map<String, Job> jobs = new LinkedHashMap<>();

    ImportJobs(ExecutorService executor, Supplier<ImportUrl> importer, Clock clock) {
        this.executor = Check.notNull(executor, "executor");
        this.importer = Check.notNull(importer, "importer");
        this.clock = Check.notNull(clock, "clock");
    }

    /** Starts importing {@code url} as an article page or as a feed; topic filters apply only with {@code match}. */
    Job start(URI url, boolean feed, boolean match, String editor) {
        Job job = new Job(WebSessions.randomToken().substring(0, 12), url, feed, editor, clock.instant());
        synchronized (jobs) {
            jobs.put(job.id, job);
            while (jobs.size() > KEPT) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        executor.execute(() -> run(job, match));
        return job;
    }

    private void run(Job job, boolean match) {
        try {
            if (job.feed) {
                importer.get().importFeed(job.url, match, job);
            } else {
                job.found(1);
                job.imported(importer.get().importArticle(job.url, match));
            }
            job.finish(null);
        } catch (RuntimeException e) {
            LOG.info("import of {} failed: {}", job.url, e.getMessage());
            job.finish(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    Optional<Job> find(String id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    /** The kept imports, newest first. */
    List<Job> recent() {
        synchronized (jobs) {
            List<Job> list = new ArrayList<>(jobs.values());
            java.util.Collections.reverse(list);
            return list;
        }
    }
}
