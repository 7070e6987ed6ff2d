package org.kpiengine.data;

import java.util.Objects;
import org.kpiengine.definition.MeasureState;

/**
 * One way a row counts towards the periods of a scan: in the period its time column falls in, or in
 * every period at whose boundary it is in a state. A complaint may count by the month it was received,
 * by the month it was resolved, and as open at the end of every month it stayed open.
 */
sealed interface ScanBasis {

    /** Rows dated by a time column count in the period that time falls in. */
    record ByTime(String column) implements ScanBasis {
        public ByTime {
            Objects.requireNonNull(column, "column");
        }
    }

    /** Rows count in every period at whose start or end they are in the state. */
    record InState(MeasureState state) implements ScanBasis {
        public InState {
            Objects.requireNonNull(state, "state");
        }
    }
}
