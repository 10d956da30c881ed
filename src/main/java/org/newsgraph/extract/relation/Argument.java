package org.newsgraph.extract.relation;

import org.newsgraph.extract.mention.Mention;

/** An entity filling a role: its id (after metonymy: Pjöngjang acting for North Korea) and the mention naming it. */
public record Argument(String entityId, Mention mention) {
}
