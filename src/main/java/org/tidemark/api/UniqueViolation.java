package org.tidemark.api;

import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unique index that refused a row because a concurrent request stored the same name or key first:
 * the check before the INSERT saw nothing, the index held, and the caller gets 409 instead of 500.
 */
record UniqueViolation(String field, String detail) {

    /** PostgreSQL's SQLSTATE for unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Tidemark's unique indexes are named table_column(s)_key/_idx/_uq; the column names the field. */
    private static final Pattern CONSTRAINT = Pattern.compile("(app_user|tanker_identity|tanker|port|source|claim|cap|voyage_event)_(.+?)(_key|_idx|_uq|_unique)?");

    static Optional<UniqueViolation> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(s.getSQLState())) {
                        return Optional.of(of(constraint(s)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String constraint(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null) {
            return psql.getServerErrorMessage().getConstraint();
        }
        return null;
    }

    private static UniqueViolation of(String constraint) {
        Matcher m = constraint == null ? null : CONSTRAINT.matcher(constraint);
        String field = m != null && m.matches() ? camel(m.group(2)) : null;
        String what = field == null ? "a record with the same unique value" : "a record with the same " + field;
        return new UniqueViolation(field, what + " was stored at the same time by another request, or exists "
                + "already; read it, or choose another " + (field == null ? "value" : field));
    }

    private static String camel(String column) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
