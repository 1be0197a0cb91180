package dev.feedrafter.config;

/**
 * One configuration problem: {@code FILE:LINE:COL: path: message} (line and column are 1-based, 0 when unknown;
 * an unknown column is left out).
 */
public record Problem(String file, int line, int column, String path, String message) {
    @Override
    public String toString() {
        String where = line <= 0 ? file : column <= 0 ? file + ":" + line : file + ":" + line + ":" + column;
        return path.isEmpty() ? where + ": " + message : where + ": " + path + ": " + message;
    }
}
