package org.kpiengine.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** The records a {@link RecordIdRequest} found: at most its limit, lowest ids first, and how many there are in all. */
public record RecordIds(long total, List<RecordId> records) {

    /** One record: its id and its values of the dimensions asked for (null where it has none). */
    public record RecordId(String id, List<String> dimensionValues) {
        public RecordId {
            Objects.requireNonNull(id, "id");
            dimensionValues = Collections.unmodifiableList(new ArrayList<>(dimensionValues));
        }
    }

    public RecordIds {
        records = List.copyOf(records);
        if (records.size() > total) {
            throw new IllegalArgumentException(records.size() + " records listed of " + total);
        }
    }

    /** Whether some records were left out to keep to the limit. */
    public boolean isCapped() {
        return records.size() < total;
    }
}
