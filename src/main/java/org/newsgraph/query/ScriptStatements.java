package org.newsgraph.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Cypher script into statements: a statement ends with a line whose last character is ';'. Lines
 * that start with // are comments. (A ';' at a line end inside a multi-line string would cut the statement;
 * the scripts `export --format cypher` writes never have one.)
 */
public final class ScriptStatements {
    private ScriptStatements() {
    }

    public static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String t = line.strip();
            if (t.startsWith("//") || (t.isEmpty() && current.isEmpty())) {
                continue;
            }
            current.append(line).append('\n');
            if (t.endsWith(";")) {
                String statement = current.toString().strip();
                out.add(statement.substring(0, statement.length() - 1).strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
