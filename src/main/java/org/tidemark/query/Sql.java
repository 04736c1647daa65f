package org.tidemark.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A SQL text and its parameters, built clause by clause so that a condition and its value are added together. */
public final class Sql {

    /** A text[] parameter, e.g. for {@code type = any(?)}. */
    public record TextArray(List<String> values) {
    }

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public Sql add(String fragment, Object... values) {
        text.append(fragment);
        params.addAll(Arrays.asList(values));
        return this;
    }

    public Sql add(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    public String text() {
        return text.toString();
    }

    /**
     * Prepares the statement and binds the parameters. Instants go over as timestamptz (an
     * OffsetDateTime in UTC); a LocalDateTime goes over as a timestamp without time zone, which the
     * series use for UTC wall-clock buckets so that the session's TimeZone never matters.
     */
    public PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement ps = c.prepareStatement(text.toString());
        try {
            for (int i = 0; i < params.size(); i++) {
                Object value = params.get(i);
                if (value instanceof Instant instant) {
                    ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
                } else if (value instanceof TextArray array) {
                    ps.setArray(i + 1, c.createArrayOf("text", array.values().toArray()));
                } else {
                    ps.setObject(i + 1, value);
                }
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
