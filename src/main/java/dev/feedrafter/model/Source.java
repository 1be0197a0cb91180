package dev.feedrafter.model;

import java.time.LocalDate;

/** One outlet's report of a story, as credited in a draft. Optional parts are null when unknown. */
public record Source(String name, String title, String url, String author, LocalDate published) {}
