package dev.feedrafter.pipeline;

import dev.feedrafter.FeedrafterException;
import dev.feedrafter.config.DraftFormat;
import dev.feedrafter.config.EditorConfig;
import dev.feedrafter.config.FeedrafterConfig;
import dev.feedrafter.draft.DraftDocument;
import dev.feedrafter.draft.DraftReviewer;
import dev.feedrafter.model.Article;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.model.FrontMatter;
import dev.feedrafter.model.Review;
import dev.feedrafter.publish.DraftFiles;
import dev.feedrafter.store.Database;
import dev.feedrafter.store.StoredSource;
import dev.feedrafter.util.Check;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The editorial workflow shared by the command line, the web UI and its API: pick, approve, reject, export and
 * edit, with the allowed status moves (new → picked → approved → exported; rejected from any state before
 * exported) and optimistic locking for edits. Every change is written to the draft's file in {@code drafts.dir}
 * too, so the folder always shows what is stored.
 *
 * <p>{@code editor} on a draft is who it is assigned to: whoever last moved it with a name (picked, approved,
 * rejected or exported it). A body edit does not reassign it; the version history records who saved each
 * version. When {@code web.editors} lists editors, only their names are accepted.
 */
public final class DraftWorkflow {
    private static final Logger LOG = LoggerFactory.getLogger(DraftWorkflow.class);

    private final Database db;
    private final DraftReviewer reviewer;
    private final DraftFiles files;
    private final DraftFormat format;
    private final List<String> editors;
    private final Clock clock;

    /** A workflow that reviews edits and writes draft files as the clinic's configuration asks. */
    public DraftWorkflow(Database db, FeedrafterConfig config) {
        this(db, config, Clock.systemUTC());
    }

    DraftWorkflow(Database db, FeedrafterConfig config, Clock clock) {
        Check.notNull(config, "config");
        this.db = Check.notNull(db, "db");
        this.reviewer = DraftReviewer.of(config);
        this.files = new DraftFiles(config.drafts().dir(), DraftDocument.of(config.drafts()));
        this.format = config.drafts().format();
        this.editors = config.web().editors().stream().map(EditorConfig::name).toList();
        this.clock = Check.notNull(clock, "clock");
    }

    /** A move the workflow does not allow, a draft that does not exist, or an editor nobody configured. */
    public static final class WorkflowException extends FeedrafterException {
        private static final long serialVersionUID = 1L;

        /** What was wrong. */
        public enum Problem { NOT_FOUND, NOT_ALLOWED, UNKNOWN_EDITOR, EMPTY_BODY }

        private final Problem problem;

        WorkflowException(String message, Problem problem) {
            super(message);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }

        public boolean notFound() {
            return problem == Problem.NOT_FOUND;
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

    /** Who saved this version of the draft's body (empty for the generated version 1, or when not recorded). */
    public Optional<String> savedBy(long id, int version) {
        return db.read(s -> s.drafts().savedBy(id, version));
    }

    /** Moves a draft to {@code status}; {@code editor} and {@code reason} may be null. */
    public Draft move(long id, DraftStatus status, String editor, String reason) {
        Draft moved = store(id, status, editor, reason);
        writeFile(moved);
        return moved;
    }

    /**
     * Marks an approved draft exported and writes it to {@code drafts.dir}, returning the file. Here the file is
     * what was asked for, so one that cannot be written is an error (the draft stays exported; exporting again
     * writes it).
     */
    public Path export(long id, String editor) {
        return files.write(store(id, DraftStatus.EXPORTED, editor, null), format);
    }

    private Draft store(long id, DraftStatus status, String editor, String reason) {
        Check.notNull(status, "status");
        String assignee = knownEditor(editor);
        return db.transaction(s -> {
            Draft d = s.drafts().find(id).orElseThrow(() -> notFound(id));
            if (d.status() == status && status != DraftStatus.PICKED) {
                return d;
            }
            if (!d.status().canMoveTo(status)) {
                throw new WorkflowException("draft " + id + " is " + d.status().label() + " and cannot become "
                        + status.label(), WorkflowException.Problem.NOT_ALLOWED);
            }
            s.drafts().setStatus(id, status, assignee, status == DraftStatus.REJECTED ? reason : d.rejectReason(),
                    clock.instant());
            return s.drafts().find(id).orElseThrow();
        });
    }

    /**
     * Stores an editor's body as the next version, if {@code baseVersion} is still the current one. The new body
     * is reviewed (flags, quoted words, overlap with every source of the story), and the list of source changes
     * is cleared: the editor has now written against the current sources. {@code editor} (may be null) is
     * recorded with the version.
     */
    public Draft edit(long id, String bodyMarkdown, int baseVersion, String editor) {
        Check.notNull(bodyMarkdown, "bodyMarkdown");
        if (bodyMarkdown.isBlank()) {
            throw new WorkflowException("the new text of draft " + id + " is empty; to drop a draft, reject it",
                    WorkflowException.Problem.EMPTY_BODY);
        }
        String author = knownEditor(editor);
        Draft saved = db.transaction(s -> {
            Draft d = s.drafts().find(id).orElseThrow(() -> notFound(id));
            if (d.status() == DraftStatus.REJECTED) {  // as in the web UI, which offers no editor for it
                throw new WorkflowException("draft " + id + " is rejected and cannot be edited",
                        WorkflowException.Problem.NOT_ALLOWED);
            }
            List<Article> articles = s.stories().sources(d.storyId()).stream().map(StoredSource::article).toList();
            Review review = reviewer.review(d.meta().title(), bodyMarkdown, d.meta().evidence(), articles);
            FrontMatter meta = d.meta().withReview(review).withSourceChanges(List.of());
            if (!s.drafts().edit(id, bodyMarkdown, meta, baseVersion, author, clock.instant())) {
                throw new StaleEditException(id, baseVersion, d.version());
            }
            return s.drafts().find(id).orElseThrow();
        });
        writeFile(saved);
        return saved;
    }

    /** The configured spelling of {@code editor} (null or blank: none); refused when web.editors lists others. */
    private String knownEditor(String editor) {
        if (editor == null || editor.isBlank()) {
            return null;
        }
        String name = editor.strip();
        if (editors.isEmpty()) {
            return name;
        }
        return editors.stream().filter(name::equalsIgnoreCase).findFirst().orElseThrow(() -> new WorkflowException(
                "unknown editor \"" + name + "\": web.editors in feeds.yml lists " + String.join(", ", editors),
                WorkflowException.Problem.UNKNOWN_EDITOR));
    }

    private static WorkflowException notFound(long id) {
        return new WorkflowException("no draft with id " + id, WorkflowException.Problem.NOT_FOUND);
    }

    /**
     * Writes the draft's file after the change was stored. The store is the record: a file that cannot be written
     * is logged, and the next change of the draft writes it again.
     */
    private void writeFile(Draft d) {
        try {
            files.write(d, format);
        } catch (FeedrafterException e) {
            LOG.warn("draft {} is saved, but its file in drafts.dir could not be updated: {}", d.id(), e.getMessage());
        }
    }
}
