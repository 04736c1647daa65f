package org.tidemark.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import org.tidemark.domain.DomainException;
import org.tidemark.domain.VoyageEvent;
import org.tidemark.storage.CopyText;

/**
 * Writes events into {@code voyage_event} with PostgreSQL's COPY on the transaction's own connection.
 * <p>
 * On the transaction's connection, so the rows commit or roll back with everything else. While a COPY is open
 * the connection serves nothing else: pause() ends it before any query, the next append() starts another.
 */
final class EventCopy implements AutoCloseable {

    private static final String COPY = """
            copy voyage_event (id, tanker_id, port_id, type, occurred_from, occurred_to, precision, laden_state,
                observed_draft_m, reported_volume, reported_volume_unit, product, evidence_type, confidence, source_id,
                notes, illustrative, content_key, idempotency_key, recorded_by, recorded_at, counterpart_tanker_id,
                sts_direction, latitude, longitude, position_source) from stdin""";
    /** Characters buffered before they go to the server: large enough to amortise the call, small enough to stream. */
    private static final int FLUSH_AT = 64 * 1024;

    private final CopyManager copyManager;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private CopyIn copy;

    EventCopy(Connection connection) throws SQLException {
        this.copyManager = connection.unwrap(PGConnection.class).getCopyAPI();
    }

    void append(VoyageEvent e) {
        if (copy == null) {
            try {
                copy = copyManager.copyIn(COPY);
            } catch (SQLException ex) {
                throw failed(ex);
            }
        }
        StringBuilder b = buffer;
        CopyText.plain(b, e.id);
        CopyText.plain(b, e.tankerId);
        CopyText.plain(b, e.portId);
        CopyText.plain(b, e.type);
        CopyText.plain(b, e.occurredFrom);
        CopyText.plain(b, e.occurredTo);
        CopyText.plain(b, e.precision);
        CopyText.plain(b, e.ladenState);
        CopyText.plain(b, e.observedDraftM);
        CopyText.plain(b, e.reportedVolume);
        CopyText.plain(b, e.reportedVolumeUnit);
        CopyText.plain(b, e.product);
        CopyText.plain(b, e.evidenceType);
        CopyText.plain(b, e.confidence);
        CopyText.plain(b, e.sourceId);
        CopyText.text(b, e.notes);
        CopyText.plain(b, e.illustrative);
        CopyText.text(b, e.contentKey);
        CopyText.text(b, e.idempotencyKey);
        CopyText.text(b, e.recordedBy);
        CopyText.plain(b, e.recordedAt);
        CopyText.plain(b, e.counterpartTankerId);
        CopyText.plain(b, e.stsDirection);
        CopyText.plain(b, e.latitude);
        CopyText.plain(b, e.longitude);
        CopyText.plain(b, e.positionSource);
        CopyText.endRow(b);
        if (b.length() >= FLUSH_AT) {
            flush();
        }
    }

    /** Sends what is buffered and ends the COPY, so that the connection can run queries. */
    void pause() {
        if (copy == null) {
            return;
        }
        flush();
        try {
            copy.endCopy();
        } catch (SQLException ex) {
            throw failed(ex);
        } finally {
            copy = null;
        }
    }

    /** Abandons the open COPY, if any: nothing it sent is stored. */
    void cancel() {
        buffer.setLength(0);
        CopyText.cancel(copy);
        copy = null;
    }

    @Override
    public void close() {
        cancel();
    }

    private void flush() {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException ex) {
            throw failed(ex);
        }
    }

    private RuntimeException failed(SQLException ex) {
        copy = null;
        DomainException duplicate = IdempotencyKeys.duplicateKey(ex, null);
        return duplicate != null ? duplicate : new IllegalStateException("COPY into voyage_event failed", ex);
    }
}
