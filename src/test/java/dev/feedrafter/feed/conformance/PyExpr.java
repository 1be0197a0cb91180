package dev.feedrafter.feed.conformance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates the subset of Python used by the corpus's {@code Expect:} lines: boolean operators, (chained)
 * comparisons, {@code is}, {@code in}, subscripts, attribute access, string/number/tuple/dict literals,
 * {@code +} and {@code len()}. Names come from a {@link View}. A key that the view does not map raises
 * {@link Unmapped}, so the expectation is counted as outside what Feedrafter models, never as passed.
 */
final class PyExpr {
    /** The expectation touches a key or function with no Feedrafter equivalent. */
    static final class Unmapped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unmapped(String what) {
            super(what, null, false, false);
        }
    }

    /** Python would raise here (a missing key or index): the expectation fails. */
    static final class PyError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        PyError(String what) {
            super(what, null, false, false);
        }
    }

    /** A dictionary of the result: known keys may be absent (KeyError), unknown keys are unmapped. */
    interface View {
        Object get(String key);

        boolean contains(String key);
    }

    /** Values that compare by meaning rather than by bytes (plain text, sanitized HTML, charsets). */
    interface Semantic {
        boolean matches(Object expected, Evaluation context);
    }

    /** Per-expectation state: whether every HTML comparison was also byte-for-byte (after normalization). */
    static final class Evaluation {
        boolean exact = true;
    }

    private final List<String> tokens;
    private final Map<String, Object> names;
    private final Evaluation context;
    private int pos;

    private PyExpr(String source, Map<String, Object> names, Evaluation context) {
        this.tokens = PyTokens.split(source);
        this.names = names;
        this.context = context;
    }

    static boolean evaluate(String expression, Map<String, Object> names, Evaluation context) {
        PyExpr p = new PyExpr(expression, names, context);
        Object v = p.or();
        if (p.pos != p.tokens.size()) {
            throw new Unmapped("unparsed: " + p.tokens.subList(p.pos, p.tokens.size()));
        }
        return truthy(v);
    }

    /** Both sides are always evaluated, so that an unmapped key is found even when the left side decides. */
    private Object or() {
        Object left = and();
        while (accept("or")) {
            Object right = and();
            left = truthy(left) || truthy(right);
        }
        return left;
    }

    private Object and() {
        Object left = guarded(this::not);
        while (accept("and")) {
            Object right = guarded(this::not);
            left = truthy(left) && truthy(right);
        }
        return left;
    }

    /** An operand of {@code and}: a Python error makes it false, but later operands are still checked. */
    private Object guarded(java.util.function.Supplier<Object> side) {
        try {
            return side.get();
        } catch (PyError e) {
            return new Failed(e.getMessage());
        }
    }

    private record Failed(String why) {}

    private Object not() {
        if (accept("not")) {
            return !truthy(not());
        }
        return comparison();
    }

    private Object comparison() {
        Object left = sum();
        Boolean result = null;
        while (true) {
            String op;
            if (accept("==")) {
                op = "==";
            } else if (accept("!=")) {
                op = "!=";
            } else if (accept("is")) {
                op = accept("not") ? "is not" : "is";
            } else if (peek("not") && peekAt(1, "in")) {
                pos += 2;
                op = "not in";
            } else if (accept("in")) {
                op = "in";
            } else {
                return result == null ? left : result;
            }
            Object right = sum();
            boolean r = switch (op) {
                case "==", "is" -> same(left, right);
                case "!=", "is not" -> !same(left, right);
                case "in" -> contains(right, left);
                default -> !contains(right, left);
            };
            result = (result == null || result) && r;
            left = right;
        }
    }

    private Object sum() {
        Object left = unary();
        while (accept("+")) {
            Object right = unary();
            if (left instanceof String a && right instanceof String b) {
                left = a + b;
            } else if (left instanceof Number a && right instanceof Number b) {
                left = a.doubleValue() + b.doubleValue();
            } else {
                throw new Unmapped("+ on " + left + " and " + right);
            }
        }
        return left;
    }

    private Object unary() {
        if (accept("-")) {
            Object v = unary();
            if (v instanceof Long l) {
                return -l;
            }
            if (v instanceof Double d) {
                return -d;
            }
            throw new Unmapped("unary minus");
        }
        return postfix();
    }

    private Object postfix() {
        Object value = atom();
        while (true) {
            if (accept("[")) {
                Object key = or();
                expect("]");
                value = subscript(value, key);
            } else if (accept(".")) {
                String name = next();
                if (accept("(")) {
                    List<Object> args = arguments();
                    value = method(value, name, args);
                } else {
                    value = subscript(value, name);
                }
            } else if (peek("(")) {
                throw new Unmapped("call");
            } else {
                return value;
            }
        }
    }

    private Object method(Object target, String name, List<Object> args) {
        if (name.equals("get") && target instanceof View view && !args.isEmpty()) {
            String key = String.valueOf(args.get(0));
            return view.contains(key) ? view.get(key) : args.size() > 1 ? args.get(1) : null;
        }
        throw new Unmapped("method " + name);
    }

    private Object atom() {
        String t = next();
        if (t.startsWith("'") || t.startsWith("\"")) {
            return PyTokens.unquote(t);
        }
        if (Character.isDigit(t.charAt(0))) {
            return t.contains(".") ? (Object) Double.parseDouble(t) : (Object) Long.parseLong(t);
        }
        switch (t) {
            case "(" -> {
                List<Object> items = new ArrayList<>();
                boolean tuple = false;
                while (!accept(")")) {
                    items.add(or());
                    if (accept(",")) {
                        tuple = true;
                    }
                }
                return tuple || items.isEmpty() ? items : items.get(0);
            }
            case "[" -> {
                List<Object> items = new ArrayList<>();
                while (!accept("]")) {
                    items.add(or());
                    accept(",");
                }
                return items;
            }
            case "{" -> {
                Map<Object, Object> dict = new LinkedHashMap<>();
                while (!accept("}")) {
                    Object k = or();
                    expect(":");
                    dict.put(k, or());
                    accept(",");
                }
                return dict;
            }
            case "None" -> {
                return null;
            }
            case "True" -> {
                return true;
            }
            case "False" -> {
                return false;
            }
            case "len" -> {
                expect("(");
                Object v = or();
                expect(")");
                return (long) size(v);
            }
            default -> {
                if (!names.containsKey(t)) {
                    throw new Unmapped("name " + t);
                }
                return names.get(t);
            }
        }
    }

    private List<Object> arguments() {
        List<Object> args = new ArrayList<>();
        while (!accept(")")) {
            args.add(or());
            accept(",");
        }
        return args;
    }

    private static Object subscript(Object value, Object key) {
        if (value instanceof View view) {
            return view.get(String.valueOf(key));
        }
        if (value instanceof List<?> list && key instanceof Long index) {
            int i = (int) (index < 0 ? list.size() + index : index);
            if (i < 0 || i >= list.size()) {
                throw new PyError("index " + index + " out of range");
            }
            return list.get(i);
        }
        throw new Unmapped("subscript of " + (value == null ? "None" : value.getClass().getSimpleName()));
    }

    private boolean same(Object ours, Object expected) {
        if (ours instanceof Failed || expected instanceof Failed) {
            return false;
        }
        if (ours instanceof Semantic s) {
            return s.matches(expected instanceof Semantic ? unwrap(expected) : expected, context);
        }
        if (expected instanceof Semantic s) {
            return s.matches(ours, context);
        }
        if (ours instanceof Number a && expected instanceof Number b) {
            return a.doubleValue() == b.doubleValue();
        }
        if (ours instanceof List<?> a && expected instanceof List<?> b) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!same(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (ours instanceof View || expected instanceof Map<?, ?>) {
            throw new Unmapped("dictionary comparison");
        }
        return Objects.equals(ours, expected);
    }

    private static Object unwrap(Object semantic) {
        return semantic.toString();
    }

    private static boolean contains(Object container, Object item) {
        if (container instanceof View view) {
            return view.contains(String.valueOf(item));
        }
        if (container instanceof List<?> list) {
            return list.contains(item);
        }
        if (container instanceof String s && item instanceof String i) {
            return s.contains(i);
        }
        throw new Unmapped("in");
    }

    private static int size(Object v) {
        if (v instanceof List<?> l) {
            return l.size();
        }
        if (v instanceof String s) {
            return s.length();
        }
        throw new Unmapped("len");
    }

    static boolean truthy(Object v) {
        if (v instanceof Failed) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v == null) {
            return false;
        }
        if (v instanceof Number n) {
            return n.doubleValue() != 0;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        return !v.toString().isEmpty();
    }

    private boolean accept(String t) {
        if (peek(t)) {
            pos++;
            return true;
        }
        return false;
    }

    private boolean peek(String t) {
        return pos < tokens.size() && tokens.get(pos).equals(t);
    }

    private boolean peekAt(int ahead, String t) {
        return pos + ahead < tokens.size() && tokens.get(pos + ahead).equals(t);
    }

    private void expect(String t) {
        if (!accept(t)) {
            throw new Unmapped("expected " + t + " at " + pos);
        }
    }

    private String next() {
        if (pos >= tokens.size()) {
            throw new Unmapped("unexpected end");
        }
        return tokens.get(pos++);
    }
}
