package org.newsgraph.extract;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The sentence a relation was read from, verbatim: its text, its span in the article text ({@code start},
 * {@code end}), its index among the article's sentences and its zone (headline, lead, body, caption).
 */
public record Evidence(@JsonProperty("evidence") String text, int start, int end, int sentence, String zone) {
}
