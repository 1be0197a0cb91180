package dev.feedrafter.cli;

import dev.feedrafter.config.DraftFormat;
import dev.feedrafter.draft.DraftDocument;
import dev.feedrafter.draft.DraftFields;
import dev.feedrafter.model.Draft;
import dev.feedrafter.model.DraftStatus;
import dev.feedrafter.pipeline.DraftWorkflow;
import dev.feedrafter.publish.DraftFiles;
import dev.feedrafter.store.DraftRepository;
import dev.feedrafter.util.FileErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code drafts}: list, show, and move drafts through the editorial workflow. */
@Command(name = "drafts", description = "List, show, pick, approve, reject, edit and export drafts.",
        subcommands = {DraftsCommand.ListDrafts.class, DraftsCommand.Show.class, DraftsCommand.Pick.class,
            DraftsCommand.Approve.class, DraftsCommand.Reject.class, DraftsCommand.Edit.class,
            DraftsCommand.Export.class})
final class DraftsCommand extends CommandGroup {
    /** Shared plumbing of the draft subcommands. */
    abstract static class DraftSubcommand implements Callable<Integer> {
        @ParentCommand
        DraftsCommand parent;

        @Spec
        CommandSpec spec;

        PrintWriter out() {
            return spec.commandLine().getOut();
        }

        PrintWriter err() {
            return spec.commandLine().getErr();
        }

        Session session() {
            return Session.open(parent.root);
        }

        static Draft require(Session session, long id) {
            return session.database().read(s -> s.drafts().find(id))
                    .orElseThrow(() -> new UsageException("no draft with id " + id));
        }

        static Draft move(Session session, long id, DraftStatus status, String editor, String reason) {
            try {
                return new DraftWorkflow(session.database(), session.config()).move(id, status, editor, reason);
            } catch (DraftWorkflow.WorkflowException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }

    @Command(name = "list", description = "Drafts, newest first (or most relevant first).")
    static final class ListDrafts extends DraftSubcommand {
        @Option(names = "--status", paramLabel = "S", description = "only drafts with this status: new, picked, "
                + "approved, exported or rejected")
        String status;

        @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "date", description = "date (default) or relevance")
        String sort;

        @Option(names = "--json", description = "print a JSON array")
        boolean json;

        @Override
        public Integer call() {
            DraftStatus wanted = status == null ? null : DraftStatus.parse(status).orElseThrow(() ->
                    new UsageException("unknown status \"" + status + "\"; use new, picked, approved, exported or rejected"));
            DraftRepository.Sort order = switch (sort.toLowerCase(java.util.Locale.ROOT)) {
                case "date", "newest" -> DraftRepository.Sort.NEWEST;
                case "relevance" -> DraftRepository.Sort.RELEVANCE;
                default -> throw new UsageException("unknown sort \"" + sort + "\"; use date or relevance");
            };
            try (Session session = session()) {
                List<Draft> drafts = session.database().read(s -> s.drafts().list(wanted, order));
                if (json) {
                    out().println(JsonOutput.pretty(drafts.stream().map(d -> DraftFields.json(d, false)).toList()));
                    return ExitCodes.OK;
                }
                if (drafts.isEmpty()) {
                    out().println("No drafts" + (wanted == null ? "" : " with status " + wanted.label()) + ".");
                    return ExitCodes.OK;
                }
                TextTable table = new TextTable("id", "status", "relevance", "created", "sources", "title");
                for (Draft d : drafts) {
                    table.row(d.id(), d.status().label(), String.format(java.util.Locale.ROOT, "%.2f",
                            d.meta().relevance()), d.createdAt().toString().substring(0, 10), d.meta().sources().size(),
                            shorten(d.meta().title(), 70));
                }
                table.print(out());
                return ExitCodes.OK;
            }
        }

        private static String shorten(String s, int max) {
            return s.length() <= max ? s : s.substring(0, max - 1) + "…";
        }
    }

    @Command(name = "show", description = "One draft, as Markdown (default), HTML or JSON.")
    static final class Show extends DraftSubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "md, html or json")
        String format;

        @Override
        public Integer call() {
            try (Session session = session()) {
                Draft d = require(session, id);
                if (format.equalsIgnoreCase("json")) {
                    out().println(JsonOutput.pretty(DraftFields.json(d, true)));
                } else {
                    DraftFormat f = DraftFormat.parse(format).orElseThrow(() ->
                            new UsageException("unknown format \"" + format + "\"; use md, html or json"));
                    out().print(DraftDocument.of(session.config().drafts()).render(d, f));
                    out().flush();
                }
                DraftNotes.print(d, err());
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "pick", description = "Assign a draft to an editor.")
    static final class Pick extends DraftSubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--editor", paramLabel = "NAME", required = true, description = "who takes it")
        String editor;

        @Override
        public Integer call() {
            if (editor.isBlank()) {  // picking assigns the draft: to nobody would be a silent mistake
                throw new UsageException("--editor: give the name of the editor who takes the draft");
            }
            try (Session session = session()) {
                Draft d = move(session, id, DraftStatus.PICKED, editor, null);
                out().println("draft " + d.id() + " picked by " + d.editor());
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "approve", description = "Approve a draft for publishing.")
    static final class Approve extends DraftSubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--editor", paramLabel = "NAME", description = "who approves it")
        String editor;

        @Override
        public Integer call() {
            try (Session session = session()) {
                Draft d = move(session, id, DraftStatus.APPROVED, editor, null);
                out().println("draft " + d.id() + " approved");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "reject", description = "Reject a draft; its story will not come back.")
    static final class Reject extends DraftSubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--reason", paramLabel = "TEXT", description = "why, for the other editors")
        String reason;

        @Option(names = "--editor", paramLabel = "NAME", description = "who rejects it")
        String editor;

        @Override
        public Integer call() {
            try (Session session = session()) {
                Draft d = move(session, id, DraftStatus.REJECTED, editor, reason);
                out().println("draft " + d.id() + " rejected");
                return ExitCodes.OK;
            }
        }
    }

    @Command(name = "edit", description = "Store the body in FILE as the draft's next version.")
    static final class Edit extends DraftSubcommand {
        @Parameters(paramLabel = "ID")
        long id;

        @Option(names = "--file", paramLabel = "F", required = true,
                description = "Markdown body (front matter, if present, is ignored)")
        Path file;

        @Option(names = "--editor", paramLabel = "NAME", description = "who edited it")
        String editor;

        @Override
        public Integer call() {
            String body;
            try {
                body = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UsageException("cannot read " + file + ": " + FileErrors.describe(e));
            }
            try (Session session = session()) {
                Draft current = require(session, id);
                Draft d;
                try {
                    d = new DraftWorkflow(session.database(), session.config()).edit(id, withoutFrontMatter(body),
                            current.version(), editor);
                } catch (DraftWorkflow.WorkflowException e) {
                    throw new UsageException(e.getMessage());
                }
                out().println("draft " + d.id() + " saved as version " + d.version());
                DraftNotes.print(d, err());
                return ExitCodes.OK;
            }
        }

        static String withoutFrontMatter(String text) {
            String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
            if (t.startsWith("---\n") || t.startsWith("---\r\n")) {
                int end = t.indexOf("\n---", 3);
                if (end > 0) {
                    int after = t.indexOf('\n', end + 4);
                    return after < 0 ? "" : t.substring(after + 1).replaceFirst("^\\s*\\n", "");
                }
            }
            return t;
        }
    }

    @Command(name = "export", description = "Write drafts as files; approved drafts become exported.")
    static final class Export extends DraftSubcommand {
        @Parameters(paramLabel = "ID", arity = "1..*")
        List<Long> ids = new ArrayList<>();

        @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder to write to")
        Path dir;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", description = "md or html")
        String format;

        @Override
        public Integer call() {
            DraftFormat f = DraftFormat.parse(format).orElseThrow(() ->
                    new UsageException("unknown format \"" + format + "\"; use md or html"));
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new UsageException("--out " + dir + " is not a folder");
            }
            try (Session session = session()) {
                List<Draft> drafts = new ArrayList<>();
                for (long id : new LinkedHashSet<>(ids)) {
                    drafts.add(require(session, id));
                }
                DraftFiles files = new DraftFiles(dir, DraftDocument.of(session.config().drafts()));
                for (Draft d : drafts) {
                    Draft exported = d.status() == DraftStatus.APPROVED
                            ? move(session, d.id(), DraftStatus.EXPORTED, null, null) : d;
                    out().println(files.write(exported, f));
                }
                return ExitCodes.OK;
            }
        }
    }
}
