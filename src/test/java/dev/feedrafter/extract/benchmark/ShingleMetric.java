package dev.feedrafter.extract.benchmark;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: tokens are runs of letters, digits and {@code _}; a text is the
 * multiset of its 4-token shingles (a text of 1–3 tokens is one shingle of all of them); each page gives a
 * normalised (tp, fp, fn) triple; precision and recall are macro-averaged over the pages where the prediction
 * (resp. the ground truth) has a shingle, and F1 is the harmonic mean of the two averages.
 */
final class ShingleMetric {
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;

    /** One page's normalised counts, and whether the token lists are identical. */
    record Page(double tp, double fp, double fn, boolean exact) {
        double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp);
        }

        double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn);
        }
    }

    /** Macro-averaged precision and recall, their F1, and the share of exact pages. */
    record Result(double precision, double recall, double f1, double accuracy) {}

    private ShingleMetric() {}

    static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    static Map<List<String>, Integer> shingles(List<String> tokens) {
        Map<List<String>, Integer> out = new HashMap<>();
        if (tokens.isEmpty()) {
            return out;
        }
        if (tokens.size() < SHINGLE) {
            out.put(List.copyOf(tokens), 1);
            return out;
        }
        for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
            out.merge(List.copyOf(tokens.subList(i, i + SHINGLE)), 1, Integer::sum);
        }
        return out;
    }

    static Page page(String truth, String prediction) {
        List<String> truthTokens = tokens(truth);
        List<String> predictedTokens = tokens(prediction);
        Map<List<String>, Integer> t = shingles(truthTokens);
        Map<List<String>, Integer> p = shingles(predictedTokens);
        Set<List<String>> all = new HashSet<>(t.keySet());
        all.addAll(p.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (List<String> s : all) {
            int inTruth = t.getOrDefault(s, 0);
            int inPrediction = p.getOrDefault(s, 0);
            tp += Math.min(inTruth, inPrediction);
            fp += Math.max(0, inPrediction - inTruth);
            fn += Math.max(0, inTruth - inPrediction);
        }
        double total = tp + fp + fn;
        boolean exact = truthTokens.equals(predictedTokens);
        return total == 0 ? new Page(0, 0, 0, exact) : new Page(tp / total, fp / total, fn / total, exact);
    }

    static Result aggregate(List<Page> pages) {
        double precisionSum = 0;
        int precisionPages = 0;
        double recallSum = 0;
        int recallPages = 0;
        int exact = 0;
        for (Page page : pages) {
            if (page.tp() + page.fp() > 0) {
                precisionSum += page.precision();
                precisionPages++;
            }
            if (page.tp() + page.fn() > 0) {
                recallSum += page.recall();
                recallPages++;
            }
            exact += page.exact() ? 1 : 0;
        }
        double precision = precisionPages == 0 ? 0 : precisionSum / precisionPages;
        double recall = recallPages == 0 ? 0 : recallSum / recallPages;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Result(precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size());
    }
}
