package org.tidemark.query;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Whether a voyage's tanker was under a sanctions designation when the voyage loaded, by the rule in
 * {@link #sql}: true, false, or unknown when a designation's date is missing or too coarse to decide.
 */
public enum DesignatedAtTheTime {
    TRUE,
    FALSE,
    UNKNOWN;

    /** "true", "false", "unknown": the form the API and the {@code designated} filter use. */
    @JsonValue
    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * SQL for the value ('TRUE', 'FALSE' or 'UNKNOWN') of tanker {@code tanker} on UTC day {@code day}
     * (two SQL expressions). Per designation, with listed_by / delisted_by the last day its (month- or
     * year-precise) date allows:
     * <ul>
     * <li>in force: certainly listed on or before the day (listed_by ≤ day) and not delisted before it
     *     (no delisting, or delisted_on ≥ day);</li>
     * <li>not in force: listed after the day (listed_on > day) or delisted before it (delisted_by < day);</li>
     * <li>otherwise undecided: no listing date, or a month or year that contains the day.</li>
     * </ul>
     * TRUE if any designation is in force; else UNKNOWN if any is undecided; else FALSE (no designation, or
     * every one listed after or delisted before the day).
     */
    static String sql(String tanker, String day) {
        return """
                (case when exists (select 1 from designation d where d.tanker_id = %1$s
                                   and d.listed_by <= %2$s and (d.delisted_on is null or d.delisted_on >= %2$s))
                      then 'TRUE'
                      when exists (select 1 from designation d where d.tanker_id = %1$s
                                   and not coalesce(d.listed_on > %2$s, false)
                                   and not coalesce(d.delisted_by < %2$s, false))
                      then 'UNKNOWN'
                      else 'FALSE' end)""".formatted(tanker, day);
    }

    /** The value for voyage {@code v}, on the day it loaded (loading_day: the UTC date of loading_from). */
    public static String ofVoyage() {
        return sql("v.tanker_id", "v.loading_day");
    }
}
