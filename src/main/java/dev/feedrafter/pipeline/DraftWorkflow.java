package dev.feedrafter.pipeline;

import dev.feedrafter.FeedrafterException;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.draft.DraftReviewer;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Review;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.StoredSource;
import dev.feedrafter.util.Check;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The editorial workflow shared by the command line and the web UI: pick, approve, reject, export and edit,
 * with the allowed status moves (new → picked → approved → exported; rejected from any state before exported)
 * and optimistic locking for edits.
 */
public final class DraftWorkflow {
    private final Database db;
    private final DraftReviewer reviewer;
    private final Clock clock;

    /** Reviews edits with the default settings; prefer {@link #DraftWorkflow(Database, FeedrafterConfig)}. */
    public DraftWorkflow(Database db) {
        this(db, DraftReviewer.withDefaults(), Clock.systemUTC());
    }

    public DraftWorkflow(Database db, Clock clock) {
        this(db, DraftReviewer.withDefaults(), clock);
    }

    /** A workflow that reviews edits as the clinic's configuration asks. */
    public DraftWorkflow(Database db, FeedrafterConfig config) {
        this(db, DraftReviewer.of(config), Clock.systemUTC());
    }

    public DraftWorkflow(Database db, DraftReviewer reviewer, Clock clock) {
        this.db = Check.notNull(db, "db");
        this.reviewer = Check.notNull(reviewer, "reviewer");
        this.clock = Check.notNull(clock, "clock");
    }

    /** A move the workflow does not allow, or a draft that does not exist. */
    public static final class WorkflowException extends FeedrafterException {
        private static final long serialVersionUID = 1L;
        private final boolean notFound;

        WorkflowException(String message, boolean notFound) {
            super(message);
            this.notFound = notFound;
        }

        public boolean notFound() {
            return notFound;
        }
    }

    /** An edit based on an older version than the stored one; nothing was written. */
    public static final class StaleEditException extends FeedrafterException {
        private static final long serialVersionUID = 1L;
        private final int currentVersion;

        StaleEditException(long id, int yours, int current) {
            super("draft " + id + " was changed by someone else (you edited version " + yours + ", it is now version "
                    + current + "); reload it and apply your change again");
            this.currentVersion = current;
        }

        public int currentVersion() {
            return currentVersion;
        }
    }

    public Optional<Draft> find(long id) {
        return db.read(s -> s.drafts().find(id));
    }

    /** Moves a draft to {@code status}; {@code editor} and {@code reason} may be null. */
    public Draft move(long id, DraftStatus status, String editor, String reason) {
        Check.notNull(status, "status");
        return db.transaction(s -> {
            Draft d = s.drafts().find(id).orElseThrow(() -> new WorkflowException("no draft with id " + id, true));
            if (d.status() == status && status != DraftStatus.PICKED) {
                return d;
            }
            if (!d.status().canMoveTo(status)) {
                throw new WorkflowException("draft " + id + " is " + d.status().label() + " and cannot become "
                        + status.label(), false);
            }
            s.drafts().setStatus(id, status, editor, status == DraftStatus.REJECTED ? reason : d.rejectReason(),
                    clock.instant());
            return s.drafts().find(id).orElseThrow();
        });
    }

    /**
     * Stores an editor's body as the next version, if {@code baseVersion} is still the current one. The new body
     * is reviewed (flags, quoted words, overlap with every source of the story), and the list of source changes
     * is cleared: the editor has now written against the current sources.
     */
    public Draft edit(long id, String bodyMarkdown, int baseVersion, String editor) {
        Check.notNull(bodyMarkdown, "bodyMarkdown");
        return db.transaction(s -> {
            Draft d = s.drafts().find(id).orElseThrow(() -> new WorkflowException("no draft with id " + id, true));
            List<Article> articles = s.stories().sources(d.storyId()).stream().map(StoredSource::article).toList();
            Review review = reviewer.review(d.meta().title(), bodyMarkdown, d.meta().evidence(), articles);
            FrontMatter meta = d.meta().withReview(review).withSourceChanges(List.of());
            if (!s.drafts().edit(id, bodyMarkdown, meta, baseVersion, editor, clock.instant())) {
                throw new StaleEditException(id, baseVersion, d.version());
            }
            return s.drafts().find(id).orElseThrow();
        });
    }
}
