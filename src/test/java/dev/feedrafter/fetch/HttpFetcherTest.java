package dev.feedrafter.fetch;
class HttpFetcherTest {}
