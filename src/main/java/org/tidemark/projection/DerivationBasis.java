package org.tidemark.projection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Keeps the stored voyages a derivation of the events under the rules and settings this application runs with.
 * Every write re-derives only what it touches, assuming the rest was derived the same way; an upgrade that changes
 * the rules ({@link org.tidemark.derive.DerivationRules#VERSION}) or a changed {@code tidemark.derive.*} or
 * {@code tidemark.estimate.*} setting would break that assumption silently. So the basis of the stored voyages is
 * recorded (table {@code derivation_basis}, V48) and a start under another one derives every voyage again before
 * anything else runs, with progress in the log. Two instances starting together take turns on an advisory lock;
 * the second finds the basis current.
 */
@ApplicationScoped
public class DerivationBasis {

    /** The advisory lock's key: "tidemark" in ASCII. */
    private static final long LOCK = 0x74_69_64_65_6d_61_72_6bL;

    private final TankerDerivation derivation;
    private final DataSource dataSource;

    DerivationBasis(TankerDerivation derivation, DataSource dataSource) {
        this.derivation = derivation;
        this.dataSource = dataSource;
    }

    // before the other start-up work (the bundled scenario is loaded under the current basis)
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent started) {
        rebuildIfStale();
    }

    /** Rebuilds every voyage when the stored basis is not this application's; returns whether it did. */
    public boolean rebuildIfStale() {
        if (derivation.basis().equals(derivation.storedBasis())) {
            return false;
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("select pg_advisory_lock(" + LOCK + ")");
            try {
                String stored = derivation.storedBasis();
                if (derivation.basis().equals(stored)) {
                    return false; // another instance rebuilt while this one waited
                }
                if (hasEvents(s)) {
                    Log.infof("The stored voyages were derived under other rules or settings (basis %s, now %s):"
                            + " deriving them all again before serving", shorten(stored), shorten(derivation.basis()));
                }
                derivation.rebuildAll(); // records the basis, also where there is nothing to derive yet
                return true;
            } finally {
                s.execute("select pg_advisory_unlock(" + LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("checking the derivation basis failed", e);
        }
    }

    private static boolean hasEvents(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select exists (select 1 from voyage_event)")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static String shorten(String fingerprint) {
        return fingerprint == null || fingerprint.length() <= 12 ? String.valueOf(fingerprint) : fingerprint.substring(0, 12);
    }
}
