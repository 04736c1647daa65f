package org.tidemark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

/** Every column of some tankers' stored voyages and their evidence, in a fixed order, to compare derivations. */
public final class VoyageTable {

    private VoyageTable() {
    }

    public static List<List<Object>> rows(DataSource dataSource, Collection<Long> tankerIds) throws SQLException {
        List<List<Object>> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     select v.*, (select array_agg(event_id order by position) from voyage_evidence where voyage_id = v.id)::text
                     from voyage v where v.tanker_id = any (?) order by v.id
                     """)) {
            ps.setArray(1, c.createArrayOf("bigint", tankerIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.add(String.valueOf(rs.getObject(i)));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
