package org.newsgraph.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.newsgraph.model.RelationType;
import org.newsgraph.model.Status;

/**
 * One extracted relation mention, grounded in its sentence: the object printed by {@code extract} (one JSON
 * line, the evidence's fields inlined) and fed to the loader. Names are canonical names; ids are entity ids.
 * {@code rule} names the pattern that read it ("relations-de.txt:42"), or "learned:" and the predicate's lemma for one
 * the scorer found; {@code score} is the scorer's probability for it (a pattern's own confidence without a
 * model). A suggestion (status {@code suggested}) carries in {@code readStatus} the status it takes once accepted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Relation(String source, String sourceId, RelationType type, String target, String targetId,
                       String article, @JsonUnwrapped Evidence evidence, Status status, String date, String place,
                       String placeId, String item, List<String> items, List<String> itemIds, String attributedTo,
                       String attributedToId, double confidence, String language, String rule, Double score,
                       Status readStatus) {
}
