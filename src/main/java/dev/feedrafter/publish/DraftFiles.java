package dev.feedrafter.publish;

import dev.feedrafter.FeedrafterException;
import dev.feedrafter.config.DraftFormat;
import dev.feedrafter.draft.DraftDocument;
import dev.feedrafter.draft.Slugs;
import dev.feedrafter.model.Draft;
import dev.feedrafter.util.Check;
import dev.feedrafter.util.FileErrors;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes drafts as files named after their slug (checked again here, so no stored value can name a path
 * outside the folder), atomically: UTF-8 into a temporary file in the same folder, flushed to disk, then
 * renamed into place, so a reader never sees half a file and a crash never leaves one. The files get the usual
 * permissions of new files (0644 with the common umask), so that a publishing system can read them.
 */
public final class DraftFiles {
    private final Path dir;
    private final DraftDocument documents;

    public DraftFiles(Path dir, DraftDocument documents) {
        this.dir = Check.notNull(dir, "dir");
        this.documents = Check.notNull(documents, "documents");
    }

    /** Writes the draft and returns the file. */
    public Path write(Draft draft, DraftFormat format) {
        Check.notNull(draft, "draft");
        Check.notNull(format, "format");
        String slug = draft.meta().slug();
        if (!Slugs.isSafe(slug)) {
            throw new FeedrafterException("draft " + draft.id() + " has an unsafe slug, not used as a file name: "
                    + slug);
        }
        Path target = dir.resolve(slug + "." + format.extension());
        try {
            createFolder(target);
            // Not Files.createTempFile, whose files only their owner may read: a web server or CMS running as
            // another user must be able to read the drafts, so the file gets the usual permissions (the umask's).
            Path temp = dir.resolve("." + slug + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                writeNew(temp, documents.render(draft, format));
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new FeedrafterException("cannot write " + target + ": " + FileErrors.describe(e), e);
        }
    }

    /** The folder, made when missing; a file in the way (the folder itself or a parent) is named. */
    private void createFolder(Path target) throws IOException {
        try {
            Files.createDirectories(dir);
        } catch (FileAlreadyExistsException e) {
            throw new FeedrafterException("cannot write " + target + ": " + e.getFile() + " is not a folder", e);
        }
    }

    private static void writeNew(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
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
