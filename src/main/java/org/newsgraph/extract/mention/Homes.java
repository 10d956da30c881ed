package org.newsgraph.extract.mention;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.model.EntityType;

/**
 * The state an entity belongs to, read from the gazetteer: a country is its own, a capital the one it acts for,
 * a person or place the first country its role names ("President of Russia", "Russian Pacific port",
 * "Nordkoreas Außenministerin"). Unknown for discovered entities whose role names no state. Used to tell a visitor
 * from the host.
 */
public final class Homes {
    private static final String NONE = "";
    private final Map<String, String> known = new ConcurrentHashMap<>();

    /** The state's id, or null when the gazetteer does not say. */
    public String of(String id, EntityIndex index) {
        String home = known.computeIfAbsent(id, k -> find(k, index));
        return home.isEmpty() ? null : home;
    }

    /** Whether both entities have a known state and the states differ. */
    public boolean foreign(String a, String b, EntityIndex index) {
        String ha = of(a, index);
        String hb = of(b, index);
        return ha != null && hb != null && !ha.equals(hb);
    }

    private static String find(String id, EntityIndex index) {
        Entity e = index.entity(id);
        if (e == null) {
            return NONE;
        }
        if (e.type() == EntityType.Country) {
            return e.id();
        }
        if (e.actsFor() != null) {
            return e.actsFor();
        }
        String role = e.role() == null ? "" : e.role();
        for (Mention m : index.find(role, Tokenizer.tokens(role))) {
            Entity named = index.entity(m.entityId());
            if (m.kind() != Mention.Kind.COMPOUND && named != null && named.type() == EntityType.Country) {
                return named.id();
            }
            if (named != null && named.actsFor() != null && index.entity(named.actsFor()) != null
                    && index.entity(named.actsFor()).type() == EntityType.Country) {
                return named.actsFor();
            }
        }
        return NONE;
    }
}
