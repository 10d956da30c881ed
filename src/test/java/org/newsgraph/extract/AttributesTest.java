package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Status;
import org.newsgraph.extract.attribute.DateResolver;
import org.newsgraph.extract.attribute.StatusDetector;
import org.newsgraph.extract.relation.Clauses;

class AttributesTest {
    private final DateResolver dates = new DateResolver();
    private final StatusDetector status = new StatusDetector(Rules.get().status());
    private final LocalDate pub = LocalDate.of(2024, 1, 17); // a Wednesday

    private List<String> values(String s) {
        return dates.find(s, pub).stream().map(DateResolver.DateMention::value).toList();
    }

    @Test
    void absoluteDates() {
        assertEquals(List.of("2023-07"), values("Das gab es im Juli 2023."));
        assertEquals(List.of("2023-10-19"), values("meeting in Pyongyang, 19 October 2023"));
        assertEquals(List.of("1948-09-09"), values("Gründung am 9. September 1948"));
        assertEquals(List.of("2019"), values("seit seinem Besuch im Jahr 2019"));
    }

    @Test
    void relativeDatesResolveAgainstPublication() {
        assertEquals(List.of("2024-01-15"), values("Am Montag kam sie an."));
        assertEquals(List.of("2024-01-17"), values("am Mittwoch unterzeichnet"));
        assertEquals(List.of("2023-09"), values("im vergangenen September"));
        assertEquals(List.of("2023-10"), values("wo sie im Oktober aufgehört haben"));
        assertEquals(List.of("2024-01"), values("sagte er vergangene Woche"));
        assertEquals(List.of("2024-01"), values("diesen Monat"));
    }

    @Test
    void statusFromCues() {
        assertEquals(Status.fact, status.status("Putin traf Kim."));
        assertEquals(Status.reported, status.status("Kim soll Waffen geliefert haben."));
        assertEquals(Status.reported, status.status("laut Geheimdiensten lieferte Nordkorea Munition"));
        assertEquals(Status.speculative, status.status("Nordkorea könnte Raketen liefern"));
        assertEquals(Status.denied, status.status("Pyongyang und Moskau dementieren Waffendeals"));
        String s = "Washington hatte gemeldet, dass Nordkorea Munition an Russland geliefert hat.";
        assertEquals(Status.reported, status.status(s, Clauses.spans(s), 1), "a complement inherits its cue");
        String t = "Russland und Nordkorea haben ein Abkommen unterzeichnet, das die Beziehungen vertiefen soll.";
        assertEquals(Status.fact, status.status(t, Clauses.spans(t), 0), "a relative clause's cue stays there");
        assertTrue(status.negated("ein wahrer Alliierter ist China nicht"));
    }
}
