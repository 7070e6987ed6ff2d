package org.kpiengine.data;

import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The tags one scan gives each row, one for every basis and period the row counts in, so that a file is
 * read once however many ways its rows count. A dialect turns them into rows: each row of the relation
 * once per tag, with the tag's basis number and period start readable as {@link #BASIS} and
 * {@link #PERIOD}.
 */
record RowTags(List<TimeTag> byTime, List<StateTags> inState) {

    static final String ALIAS = "kpi_tag";
    static final String BASIS_NAME = "kpi_basis";
    static final String PERIOD_NAME = "kpi_period";
    static final String BASIS = ALIAS + "." + BASIS_NAME;
    static final String PERIOD = ALIAS + "." + PERIOD_NAME;

    /** A row carries this tag when the condition holds; it then counts in the period the expression gives. */
    record TimeTag(int basis, String condition, String period) {
        TimeTag {
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(period, "period");
        }
    }

    /**
     * A row carries one tag for every boundary at which it is in the state: {@code holdsAt} turns the SQL
     * that names a boundary's moment into the condition.
     */
    record StateTags(int basis, List<Boundary> boundaries, UnaryOperator<String> holdsAt) {
        StateTags {
            boundaries = List.copyOf(boundaries);
            Objects.requireNonNull(holdsAt, "holdsAt");
        }
    }

    /** A period start (a date literal) with the moment its state is taken (a timestamp literal). */
    record Boundary(String period, String moment) {
    }

    RowTags {
        byTime = List.copyOf(byTime);
        inState = List.copyOf(inState);
    }
}
