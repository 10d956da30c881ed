package org.newsgraph.extract.relation;

import java.util.List;

/** A relation a frame read off a parsed sentence, before status, date and place are added. */
public record Candidate(Frame frame, int predicate, Argument source, Argument target, List<Argument> items) {
}
