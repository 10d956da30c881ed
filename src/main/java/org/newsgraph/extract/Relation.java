package org.newsgraph.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One extracted relation mention, grounded in its sentence: the object printed by {@code extract} and fed
 * to the loader. {@code start}/{@code end} are the evidence sentence's offsets in the article text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Relation(String source, String sourceId, String type, String target, String targetId,
                       String article, String evidence, String status, String date, String place, String placeId,
                       String item, List<String> items, List<String> itemIds, String attributedTo,
                       String attributedToId, double confidence, int start, int end, int sentence, String zone,
                       String rule) {
}
