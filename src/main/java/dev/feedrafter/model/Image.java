package dev.feedrafter.model;

/** A suggested image: absolute URL, alt text and credit line (null when unknown). */
public record Image(String url, String alt, String credit) {}
