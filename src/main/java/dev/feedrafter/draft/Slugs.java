package dev.feedrafter.draft;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * URL- and file-safe slugs: ASCII (accents dropped, common Latin, Greek and Cyrillic letters transliterated),
 * lower case, words joined by hyphens, at most {@link #MAX_LENGTH} characters, never a path or a reserved
 * device name. Uniqueness among drafts is the store's job (it appends -2, -3…).
 */
public final class Slugs {
    public static final int MAX_LENGTH = 80;
    private static final Map<Character, String> LETTERS = letters();
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "lpt1", "lpt2", "lpt3");

    private Slugs() {}

    public static String of(String text) {
        String ascii = transliterate(Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC));
        String slug = Normalizer.normalize(ascii, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("['’]", "").replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_LENGTH) {
            slug = slug.substring(0, MAX_LENGTH);
            int lastHyphen = slug.lastIndexOf('-');
            slug = (lastHyphen > MAX_LENGTH / 2 ? slug.substring(0, lastHyphen) : slug).replaceAll("-+$", "");
        }
        if (RESERVED.contains(slug)) {
            slug = slug + "-post";
        }
        return slug.isEmpty() ? "draft" : slug;
    }

    /** True for a slug {@link #of} could have made: safe as a file name in any folder. */
    public static boolean isSafe(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH + 8 && slug.matches("[a-z0-9]+(-[a-z0-9]+)*")
                && !RESERVED.contains(slug);
    }

    private static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String mapped = LETTERS.get(Character.toLowerCase(c));
            out.append(mapped == null ? String.valueOf(c) : mapped);
        }
        return out.toString();
    }

    private static Map<Character, String> letters() {
        Map<Character, String> m = new java.util.HashMap<>();
        String[][] pairs = {
            {"ß", "ss"}, {"æ", "ae"}, {"œ", "oe"}, {"ø", "o"}, {"đ", "d"}, {"ð", "d"}, {"þ", "th"}, {"ł", "l"},
            {"ı", "i"}, {"ħ", "h"}, {"ŋ", "ng"}, {"ſ", "s"},
            {"α", "a"}, {"β", "b"}, {"γ", "g"}, {"δ", "d"}, {"ε", "e"}, {"ζ", "z"}, {"η", "i"}, {"θ", "th"},
            {"ι", "i"}, {"κ", "k"}, {"λ", "l"}, {"μ", "m"}, {"ν", "n"}, {"ξ", "x"}, {"ο", "o"}, {"π", "p"},
            {"ρ", "r"}, {"σ", "s"}, {"ς", "s"}, {"τ", "t"}, {"υ", "y"}, {"φ", "f"}, {"χ", "ch"}, {"ψ", "ps"},
            {"ω", "o"}, {"ά", "a"}, {"έ", "e"}, {"ή", "i"}, {"ί", "i"}, {"ό", "o"}, {"ύ", "y"}, {"ώ", "o"},
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "yo"}, {"ж", "zh"},
            {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
            {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
            {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"},
            {"я", "ya"}, {"є", "ye"}, {"і", "i"}, {"ї", "yi"}, {"ґ", "g"}};
        for (String[] p : pairs) {
            m.put(p[0].charAt(0), p[1]);
        }
        return Map.copyOf(m);
    }
}
