package org.newsgraph.extract.mention;

import java.util.List;
import org.newsgraph.model.EntityType;

/**
 * An entity the extractor can name: from the gazetteer, or discovered from context ({@code discovered}).
 * {@code actsFor} is the entity a place stands for when it acts (Pjöngjang → North Korea), or null.
 */
public record Entity(String id, EntityType type, String name, String role, List<String> aliases,
                     List<String> adjectiveStems, String actsFor, boolean shortForms, boolean discovered) {
}
