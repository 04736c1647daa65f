package org.tidemark.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @TempDir
    Path work;

    @Test
    void aSecondStartOnTheSameFolderSharesTheRunningServerInsteadOfStoppingIt() throws Exception {
        Path data = work.resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(data, false)) {
            assertThat(first.owned()).isTrue();
            try (EmbeddedDatabase second = EmbeddedDatabase.start(data, false)) {
                assertThat(second.owned()).isFalse();
                assertThat(second.port()).isEqualTo(first.port());
            }
            // closing the sharer must leave the owner's server running
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), EmbeddedDatabase.USER, "");
                 ResultSet rs = c.createStatement().executeQuery("select current_database()")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(EmbeddedDatabase.DATABASE);
            }
        }
        assertThat(data.resolve("postmaster.pid")).doesNotExist();
    }

    @Test
    void durableSettingsAreBackOn() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(work.resolve("postgres"), true);
             Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "");
             ResultSet rs = c.createStatement().executeQuery(
                     "select current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("on");
            assertThat(rs.getString(2)).isEqualTo("on");
            assertThat(rs.getString(3)).isEqualTo("on");
        }
    }
}
