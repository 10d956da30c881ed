package org.newsgraph.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.TestApp.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.newsgraph.TestApp;

/**
 * /api/timeline's histogram on the seed app: every claim a relation is drawn from and every article is counted once
 * (in a month of the axis, earlier, later or undated), as the store counts them; the axis fits the dense dates.
 */
class TimelineHistogramApiTest {
    @RegisterExtension
    static final TestApp app = TestApp.seed();

    @Test
    void theCountsAddUpToTheStoresAndTheAxisFitsTheDates() throws Exception {
        JsonNode t = JSON.readTree(app.get("/api/timeline").body());
        JsonNode h = t.get("histogram");
        long claims = app.db().read(tx -> tx.run("""
                MATCH (c:Claim) WHERE c.status <> 'suggested' AND (c.verdict IS NULL OR c.verdict <> 'rejected')
                RETURN count(c) AS n""").single().get("n").asLong());
        long undated = app.db().read(tx -> tx.run("""
                MATCH (c:Claim) WHERE c.status <> 'suggested' AND (c.verdict IS NULL OR c.verdict <> 'rejected')
                  AND c.date IS NULL
                RETURN count(c) AS n""").single().get("n").asLong());
        assertEquals(claims, h.at("/total/events").asLong(), h.toString());
        assertEquals(undated, h.at("/undated/events").asLong(), h.toString());
        assertEquals(5, h.at("/total/reports").asLong(), "the five seed articles, each published on a day");
        assertEquals(0, h.at("/undated/reports").asLong());
        for (String series : new String[] {"events", "reports"}) {
            long sum = h.at("/earlier/" + series).asLong() + h.at("/later/" + series).asLong() + h.at("/undated/" + series).asLong();
            String month = null;
            for (JsonNode bin : h.get("bins")) {
                sum += bin.get(series).asLong();
                assertTrue(month == null || bin.get("month").asText().compareTo(month) > 0, "months in order");
                month = bin.get("month").asText();
            }
            assertEquals(h.at("/total/" + series).asLong(), sum, series + " add up: " + h);
        }
        assertEquals(h.get("from").asText(), h.get("bins").get(0).get("month").asText());
        // the seeds tell of 1948 to 2024, most of it from September 2023 on: the axis spans that, the rest is earlier
        assertTrue(t.get("first").asText().compareTo("2000") < 0, "the seeds have an old date: " + t.get("first"));
        assertTrue(h.get("from").asText().compareTo("2023") >= 0 && h.get("to").asText().equals("2024-06"), h.toString());
        assertTrue(h.at("/earlier/events").asLong() > 0, h.toString());
        assertEquals(h.get("to").asText(), h.get("bins").get(h.get("bins").size() - 1).get("month").asText());
    }
}
