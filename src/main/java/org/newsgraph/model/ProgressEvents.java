package org.newsgraph.model;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * What a long step tells whoever started it. Services take a {@code Consumer<String>} and report lines; where more
 * helps a reader (a step's start and end, counts, a detail only some want) they report it through these methods,
 * whose defaults turn it into lines again, so a plain callback gets what it always got. Nothing here knows of
 * terminals: the command line's {@code cli.Progress} decides how each event is shown.
 */
public interface ProgressEvents extends Consumer<String> {
    /** Reports nothing. */
    ProgressEvents NONE = line -> { };

    /** The callback as events (a plain one gets every event as a line). */
    static ProgressEvents of(Consumer<String> progress) {
        if (progress == null) {
            return NONE;
        }
        return progress instanceof ProgressEvents p ? p : progress::accept;
    }

    /** A step that may take a while begins, e.g. "starting Neo4j". */
    default void begin(String step) {
        accept(step + "…");
    }

    /** The step begun last has ended: {@code done} says so ("Neo4j started"), the time it took is added. */
    default void end(String done, long millis) {
        accept(done + " in " + seconds(millis));
    }

    /** A line that matters even to someone who asked for quiet (a file skipped, with its reason). */
    default void warn(String line) {
        accept(line);
    }

    /** A line for those who asked for detail (one per loaded batch, say). */
    default void detail(String line) {
        accept(line);
    }

    /** Of {@code total} articles to read, {@code done} are read, with {@code sentences} sentences in all so far. */
    default void articlesRead(int done, int total, long sentences) {
    }

    /** "0.4 s", "12.3 s", "95 s". */
    static String seconds(long millis) {
        return millis < 60_000 ? String.format(Locale.ROOT, "%.1f s", millis / 1000.0) : (millis + 500) / 1000 + " s";
    }
}
