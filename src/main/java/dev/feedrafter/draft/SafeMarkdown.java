package dev.feedrafter.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Makes a Markdown body safe to hand to a publishing system that renders raw HTML: simple formatting tags
 * without attributes ({@code <sup>}, {@code <em>}…) stay, any other HTML is escaped so it shows as text, and
 * link or image targets other than web, mail and relative addresses become {@code #}. Only those spots change;
 * the editor's Markdown is otherwise left exactly as written.
 */
final class SafeMarkdown {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern PLAIN_TAG = Pattern.compile("(?i)</?(b|i|em|strong|sup|sub|br|u|s|small|mark|"
            + "abbr|cite|q|code|kbd|del|ins)\\s*/?>");
    private static final Pattern SAFE_TARGET = Pattern.compile("(?i)^(https?:|mailto:|tel:|#|/|\\./|\\.\\./|"
            + "[^:/?#]*([/?#]|$))");

    private record Edit(int start, int end, String replacement) {}

    private SafeMarkdown() {}

    static String clean(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        List<Edit> edits = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                escape(block, markdown, edits);
            }

            @Override
            public void visit(HtmlInline inline) {
                if (!PLAIN_TAG.matcher(inline.getLiteral()).matches()) {
                    escape(inline, markdown, edits);
                }
            }

            @Override
            public void visit(Link link) {
                target(link, link.getDestination(), markdown, edits);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                target(image, image.getDestination(), markdown, edits);
                visitChildren(image);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                target(definition, definition.getDestination(), markdown, edits);
            }
        });
        edits.sort(Comparator.comparingInt(Edit::start).reversed());
        StringBuilder out = new StringBuilder(markdown);
        int last = Integer.MAX_VALUE;
        for (Edit e : edits) {
            if (e.end() <= last) {  // nested spots (a link inside a link) are handled once
                out.replace(e.start(), e.end(), e.replacement());
                last = e.start();
            }
        }
        return out.toString();
    }

    private static void escape(Node node, String markdown, List<Edit> edits) {
        for (SourceSpan span : node.getSourceSpans()) {
            int start = span.getInputIndex();
            int end = start + span.getLength();
            edits.add(new Edit(start, end, markdown.substring(start, end).replace("<", "&lt;")));
        }
    }

    private static void target(Node node, String destination, String markdown, List<Edit> edits) {
        if (destination == null || SAFE_TARGET.matcher(destination.strip()).find() || node.getSourceSpans().isEmpty()) {
            return;
        }
        SourceSpan first = node.getSourceSpans().get(0);
        SourceSpan lastSpan = node.getSourceSpans().get(node.getSourceSpans().size() - 1);
        int start = first.getInputIndex();
        int end = lastSpan.getInputIndex() + lastSpan.getLength();
        String text = markdown.substring(start, end);
        if (text.startsWith("<")) {  // an autolink such as <javascript:…>
            edits.add(new Edit(start, end, text.replace("<", "&lt;")));
            return;
        }
        int at = text.lastIndexOf(destination);  // the last: the link text before it may repeat it
        if (at >= 0) {
            edits.add(new Edit(start + at, start + at + destination.length(), "#"));
        } else {  // written with escapes or entities: keep it as plain text, not a link
            edits.add(new Edit(start, end, text.replace("](", "]\\(").replace("]:", "]\\:")));
        }
    }
}
