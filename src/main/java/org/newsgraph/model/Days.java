package org.newsgraph.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Days as the API and the CLI take them: YYYY-MM-DD, never after today ("as known on", "since"). */
public final class Days {
    private Days() {
    }

    /**
     * The day {@code raw} names (YYYY-MM-DD, surrounding blanks ignored), or null when it is absent or blank;
     * invalid (with {@code label}, naming the input {@code name}) when it is no date or after today.
     */
    public static String past(String raw, String name, String label) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(raw.strip());
        } catch (DateTimeParseException e) {
            throw Problem.invalid(label, name + " is a date written YYYY-MM-DD, not '" + shorten(raw) + "'");
        }
        if (day.isAfter(LocalDate.now())) {
            throw Problem.invalid(label, name + " " + day + " is in the future");
        }
        return day.toString();
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
