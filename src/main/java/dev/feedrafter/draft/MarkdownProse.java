package dev.feedrafter.draft;

import dev.feedrafter.util.Texts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The prose of a Markdown body as plain-text blocks, each marked as quoted (inside a blockquote) or as credit
 * (the "Sources" section, and attribution lines such as "— Outlet, “Title”" under a quote). Safety checks and
 * overlap measures read these blocks, so that crediting a source's title is never counted as copying it.
 */
final class MarkdownProse {
    private static final Parser PARSER = Parser.builder().build();
    private static final Pattern CREDIT_HEADING = Pattern.compile("(?i)(sources?|references?|credits?)");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern ATTRIBUTION = Pattern.compile("^[—―–-]{1,2}\\s.*");

    /** One paragraph or heading of text. */
    record Block(String text, boolean quoted, boolean credit) {}

    private MarkdownProse() {}

    static List<Block> of(String markdown) {
        Collector collector = new Collector();
        PARSER.parse(markdown == null ? "" : markdown).accept(collector);
        return List.copyOf(collector.blocks);
    }

    /** Words inside blockquotes, not counting attribution lines. */
    static int quotedWords(List<Block> blocks) {
        return blocks.stream().filter(b -> b.quoted() && !b.credit()).mapToInt(b -> words(b.text())).sum();
    }

    /** Words of a text, not counting lone punctuation such as "—" or "…". */
    static int words(String text) {
        return (int) Arrays.stream(Texts.squash(text).split(" ")).filter(w -> WORD.matcher(w).find()).count();
    }

    private static final class Collector extends AbstractVisitor {
        private final List<Block> blocks = new ArrayList<>();
        private int quoteDepth;
        private int creditLevel;  // the level of the credit heading we are under; 0 when none

        @Override
        public void visit(Heading heading) {
            String text = text(heading);
            if (creditLevel > 0 && heading.getLevel() <= creditLevel) {
                creditLevel = 0;
            }
            if (CREDIT_HEADING.matcher(text).matches()) {
                creditLevel = heading.getLevel();
            }
            blocks.add(new Block(text, quoteDepth > 0, creditLevel > 0));
        }

        @Override
        public void visit(BlockQuote quote) {
            quoteDepth++;
            visitChildren(quote);
            quoteDepth--;
        }

        @Override
        public void visit(Paragraph paragraph) {
            String text = text(paragraph);
            if (!text.isEmpty()) {
                boolean attribution = quoteDepth > 0 && ATTRIBUTION.matcher(text).matches();
                blocks.add(new Block(text, quoteDepth > 0, creditLevel > 0 || attribution));
            }
        }

        private static String text(Node node) {
            StringBuilder out = new StringBuilder();
            node.accept(new AbstractVisitor() {
                @Override
                public void visit(Text text) {
                    out.append(text.getLiteral());
                }

                @Override
                public void visit(Code code) {
                    out.append(code.getLiteral());
                }

                @Override
                public void visit(SoftLineBreak lineBreak) {
                    out.append(' ');
                }

                @Override
                public void visit(HardLineBreak lineBreak) {
                    out.append(' ');
                }
            });
            return Texts.squash(out.toString());
        }
    }
}
