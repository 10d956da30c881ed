package org.newsgraph.extract.nlp;

import java.util.function.Consumer;

/**
 * Who hears of the NLP models being loaded (a command's progress), or nobody. Apart from {@link Backbone} because
 * loading that class costs time, and a command sets this before it knows whether it gets that far (a busy port).
 */
public final class ModelProgress {
    private static volatile Consumer<String> listener;

    private ModelProgress() {
    }

    /**
     * Tells {@code progress} (null: nobody) when models begin to load and how long they took: the first parse of a
     * process waits for them, and a progress line that stood still for 10 s would look hung.
     */
    public static void reportTo(Consumer<String> progress) {
        listener = progress;
    }

    static Consumer<String> listener() {
        return listener;
    }
}
