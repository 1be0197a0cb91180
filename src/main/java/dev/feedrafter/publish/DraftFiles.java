package dev.feedrafter.publish;

import dev.feedrafter.FeedrafterException;
import dev.feedrafter.config.DraftFormat;
import dev.feedrafter.draft.DraftDocument;
import dev.feedrafter.draft.Slugs;
import dev.feedrafter.model.Draft;
import dev.feedrafter.util.Check;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes drafts as files named after their slug (checked again here, so no stored value can name a path
 * outside the folder), atomically: UTF-8 into a temporary file in the same folder, flushed to disk, then
 * renamed into place, so a reader never sees half a file and a crash never leaves one.
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
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "." + slug, ".tmp");
            try {
                writeFully(temp, documents.render(draft, format));
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            return target;
        } catch (IOException e) {
            throw new FeedrafterException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void writeFully(Path file, String text) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
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
