package org.newsgraph.model;

/** Whitelist of entity labels: the only labels ever written next to {@code :Entity}. */
public enum EntityType {
    Person, Country, Organization, Place, Weapon, Commodity, Event;

    public static EntityType parse(String text) {
        for (EntityType t : values()) {
            if (t.name().equalsIgnoreCase(text.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown entity type '" + text + "' (known: "
                + String.join(", ", java.util.Arrays.stream(values()).map(Enum::name).toList()) + ")");
    }

    public String label() {
        return name();
    }
}
