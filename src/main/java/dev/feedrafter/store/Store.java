package dev.feedrafter.store;

import org.jdbi.v3.core.Handle;

/** The repositories, bound to one connection (and its transaction, when there is one). */
public final class Store {
    private final Handle handle;

    Store(Handle handle) {
        this.handle = handle;
    }

    public FeedStateRepository feeds() {
        return new FeedStateRepository(handle);
    }

    public EntryRepository entries() {
        return new EntryRepository(handle);
    }

    public StoryRepository stories() {
        return new StoryRepository(handle);
    }

    public DraftRepository drafts() {
        return new DraftRepository(handle);
    }

    public SessionRepository sessions() {
        return new SessionRepository(handle);
    }

    public CrossrefCacheRepository crossref() {
        return new CrossrefCacheRepository(handle);
    }
}
