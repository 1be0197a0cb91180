package dev.feedrafter.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain text table with columns as wide as their widest cell, for terminal summaries. */
final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    TextTable(String... header) {
        this.columns = header.length;
        rows.add(header);
    }

    TextTable row(Object... cells) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
            row[i] = i < cells.length && cells[i] != null ? String.valueOf(cells[i]) : "";
        }
        rows.add(row);
        return this;
    }

    void print(PrintWriter out) {
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), width));
            if (r == 0) {
                String[] rule = new String[columns];
                for (int i = 0; i < columns; i++) {
                    rule[i] = "-".repeat(width[i]);
                }
                out.println(line(rule, width));
            }
        }
    }

    private static String line(String[] row, int[] width) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            b.append(row[i]);
            if (i < row.length - 1) {
                b.append(" ".repeat(width[i] - row[i].codePointCount(0, row[i].length()) + 2));
            }
        }
        return b.toString().stripTrailing();
    }
}
