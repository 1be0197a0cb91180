package dev.feedrafter.publish;

import dev.feedrafter.FeedrafterException;
import dev.feedrafter.config.DraftFormat;
import dev.feedrafter.draft.DraftDocument;
import dev.feedrafter.model.Draft;
import dev.feedrafter.util.Check;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes drafts as files named after their slug, atomically (a temporary file renamed into place), in UTF-8,
 * so a reader never sees half a file and a crash never leaves one.
 */
public final class DraftFiles {
    private final Path dir;

    public DraftFiles(Path dir) {
        this.dir = Check.notNull(dir, "dir");
    }

    /** Writes the draft and returns the file. */
    public Path write(Draft draft, DraftFormat format) {
        Check.notNull(draft, "draft");
        String slug = draft.meta().slug();
        if (!slug.matches("[a-z0-9][a-z0-9-]*")) {
            throw new FeedrafterException("draft " + draft.id() + " has an unsafe slug: " + slug);
        }
        Path target = dir.resolve(slug + "." + format.extension());
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + slug, ".tmp");
            try {
                Files.writeString(temp, DraftDocument.render(draft, format), StandardCharsets.UTF_8);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new FeedrafterException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
