package org.tidemark.ingest;

import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import org.tidemark.domain.DomainException;

/**
 * Serialises requests that share an {@code Idempotency-Key}: one claims it, the others hear it is in flight (409).
 * <p>
 * The claim is a transaction-scoped advisory lock, so concurrent retries do not race to the unique index.
 */
@ApplicationScoped
public class IdempotencyKeys {

    /** The unique constraint PostgreSQL named for {@code voyage_event.idempotency_key} (V1). */
    static final String UNIQUE_CONSTRAINT = "voyage_event_idempotency_key_key";

    private final EntityManager em;

    IdempotencyKeys(EntityManager em) {
        this.em = em;
    }

    /**
     * Claims the key until this transaction ends, or refuses with 409 while another transaction
     * holds it. A 64-bit hash keeps unrelated keys from sharing a lock in practice; if two ever did,
     * the cost is a spurious 409 for one of two simultaneous requests, which a retry settles.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void claim(String key) {
        Boolean claimed = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, key).getSingleResult();
        if (!Boolean.TRUE.equals(claimed)) {
            throw DomainException.conflict("Idempotency-Key", "a request with the key '" + key
                    + "' is still being processed; retry once it has finished");
        }
    }

    /**
     * The 409 for a write that lost a race on the unique index (a bulk import stores keys without
     * the advisory lock), or null when {@code failure} is something else.
     */
    static DomainException duplicateKey(Throwable failure, String key) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof PSQLException psql) {
                ServerErrorMessage server = psql.getServerErrorMessage();
                if ("23505".equals(psql.getSQLState()) && server != null && UNIQUE_CONSTRAINT.equals(server.getConstraint())) {
                    return DomainException.conflict(key == null ? "idempotencyKey" : "Idempotency-Key",
                            "another request recorded an event with " + (key == null ? "one of these keys" : "the key '" + key + "'")
                                    + " at the same time; retry, and the retry will find it");
                }
            }
        }
        return null;
    }

    private static Throwable next(Throwable t) {
        if (t instanceof SQLException sql && sql.getNextException() != null && sql.getNextException() != t.getCause()) {
            return sql.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
