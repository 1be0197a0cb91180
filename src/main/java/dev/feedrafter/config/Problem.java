package dev.feedrafter.config;

/** One configuration problem: {@code FILE:LINE:COL: path: message} (line and column are 1-based, 0 when unknown). */
public record Problem(String file, int line, int column, String path, String message) {
    @Override
    public String toString() {
        String where = line > 0 ? file + ":" + line + ":" + column : file;
        return path.isEmpty() ? where + ": " + message : where + ": " + path + ": " + message;
    }
}
