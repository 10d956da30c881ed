package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.newsgraph.model.ProgressEvents;

/**
 * How the commands show progress, on stderr: on a terminal one live line that overwrites itself ({@code \r}), lines
 * that stay printed above it; into a file or pipe plain lines only, counts at most one line every
 * {@link #PLAIN_EVERY_MS} ms (and the last). {@code --quiet} shows only warnings (skipped files); {@code --verbose}
 * adds the detail lines. The services report through their callbacks ({@link ProgressEvents}); this decides the looks.
 * Safe to call from several threads (extraction reports from its pool).
 */
public final class Progress implements ProgressEvents {
    public enum Level { QUIET, NORMAL, VERBOSE }

    static final long PLAIN_EVERY_MS = 2_000;
    static final long LIVE_EVERY_MS = 100;

    private final PrintStream out;
    private final boolean live;
    private final Level level;
    private final LongSupplier nanos;
    /** What the live line shows now ("" when none). */
    private String shown = "";
    private long stepStart;
    private long countStart;
    private long lastCountLine = Long.MIN_VALUE;
    private int lastTotal = -1;

    Progress(PrintStream out, boolean live, Level level, LongSupplier nanos) {
        this.out = out;
        this.live = live;
        this.level = level;
        this.nanos = nanos;
    }

    /** On stderr; live when stderr is a terminal. */
    public static Progress onStderr(Level level) {
        return new Progress(System.err, System.console() != null, level, System::nanoTime);
    }

    public Level level() {
        return level;
    }

    @Override
    public synchronized void accept(String line) {
        if (level != Level.QUIET) {
            println(line);
        }
    }

    @Override
    public synchronized void warn(String line) {
        println(line);
    }

    @Override
    public synchronized void detail(String line) {
        if (level == Level.VERBOSE) {
            println(line);
        }
    }

    @Override
    public synchronized void begin(String step) {
        stepStart = nanos.getAsLong();
        if (level == Level.QUIET) {
            return;
        }
        if (live) {
            show(step + "…");
        } else {
            println(step + "…");
        }
    }

    @Override
    public synchronized void end(String done, long millis) {
        if (level != Level.QUIET) {
            finish(done + " in " + ProgressEvents.seconds(millis) + ".");
        }
    }

    /** As {@link #end(String, long)}, timed from the last {@link #begin}. */
    public synchronized void end(String done) {
        end(done, (nanos.getAsLong() - stepStart) / 1_000_000);
    }

    @Override
    public synchronized void articlesRead(int done, int total, long sentences) {
        long now = nanos.getAsLong();
        if (done == 0 || total != lastTotal) {
            countStart = now;
            lastTotal = total;
        }
        if (level == Level.QUIET || total <= 0) {
            return;
        }
        long millis = Math.max(1, (now - countStart) / 1_000_000);
        String articles = total == 1 ? "1 article" : total + " articles";
        if (done >= total) {
            lastCountLine = Long.MIN_VALUE;
            finish(articles + " read in " + ProgressEvents.seconds(millis) + " (" + rate(sentences, millis) + ").");
            return;
        }
        if (lastCountLine != Long.MIN_VALUE && now - lastCountLine < (live ? LIVE_EVERY_MS : PLAIN_EVERY_MS) * 1_000_000) {
            return;
        }
        lastCountLine = now;
        String line = done == 0 ? "importing " + articles + "…" : "importing " + articles + ": " + done + "/" + total + " · "
                + rate(sentences, millis) + " · about " + (millis * (total - done) / done + 999) / 1000 + " s left";
        if (live) {
            show(line);
        } else {
            println(line);
        }
    }

    private static String rate(long sentences, long millis) {
        return String.format(Locale.ROOT, "%.0f sentences/s", sentences * 1000.0 / millis);
    }

    /** A line that stays: on a terminal it takes the live line's place and the live line is drawn again below it. */
    private void println(String line) {
        if (live && !shown.isEmpty()) {
            String keep = shown;
            clear();
            out.println(line);
            show(keep);
        } else {
            out.println(line);
        }
        out.flush();
    }

    /** A line that replaces the live line (the step or count it showed is over). */
    private void finish(String line) {
        if (live && !shown.isEmpty()) {
            clear();
        }
        out.println(line);
        out.flush();
    }

    /** Ends the live line (a finished step's or count's line is printed by the caller). */
    public synchronized void settle() {
        if (live && !shown.isEmpty()) {
            clear();
            out.flush();
        }
    }

    private void show(String line) {
        if (!live) {
            return;
        }
        String pad = shown.length() > line.length() ? " ".repeat(shown.length() - line.length()) : "";
        out.print("\r" + line + pad);
        out.flush();
        shown = line;
    }

    private void clear() {
        out.print("\r" + " ".repeat(shown.length()) + "\r");
        shown = "";
    }
}
