package dev.feedrafter.draft;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The field names a template may use, read off a fully populated sample context of each kind, so the list
 * can never drift from what {@link DraftContext} and {@link DraftDocument} actually provide.
 */
final class TemplateFields {
    private static final Set<String> BODY = namesIn(DraftContext.of(SampleStory.input(), SampleStory.meta(),
            QuoteBudget.spend(SampleStory.article().summary(), SampleStory.article().keyFacts(), 60),
            Population.of(SampleStory.article())));
    private static final Set<String> PAGE = namesIn(DraftDocument.pageContext(SampleStory.draft(), "<p>x</p>"));

    private TemplateFields() {}

    static Set<String> of(DraftTemplate.Kind kind) {
        return kind == DraftTemplate.Kind.BODY ? BODY : PAGE;
    }

    /** Every key at any depth: templates look names up through nested sections. */
    static Set<String> namesIn(Map<String, Object> context) {
        Set<String> names = new TreeSet<>();
        collect(context, names);
        return Set.copyOf(names);
    }

    private static void collect(Object value, Set<String> names) {
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                names.add(String.valueOf(e.getKey()));
                collect(e.getValue(), names);
            }
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, names));
        }
    }
}
