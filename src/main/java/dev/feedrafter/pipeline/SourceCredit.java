package dev.feedrafter.pipeline;

import dev.feedrafter.model.Article;
import dev.feedrafter.model.Source;
import dev.feedrafter.util.PersonNames;
import dev.feedrafter.util.Texts;
import dev.feedrafter.util.Urls;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** How a draft credits one outlet: the site's own name, the article's title, author, date and clean link. */
final class SourceCredit {
    private SourceCredit() {}

    /** {@code fallbackName} (the feed's name) is used when the page does not name its site. */
    static Source of(Article article, String fallbackName) {
        String url = Urls.clean(article.identityUrl());
        String host = hostOf(url);
        String name = Texts.firstNonBlank(OutletName.of(article.siteName(), host), fallbackName, host);
        LocalDate published = article.published() == null ? null
                : LocalDate.ofInstant(article.published(), ZoneOffset.UTC);
        String author = PersonNames.credit(article.authors());
        return new Source(name, article.title(), url, author, published);
    }

    private static String hostOf(String url) {
        if (url == null) {
            return null;  // a feed entry without a link
        }
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
