package org.kpiengine.definition;

/**
 * How a dataset's timestamps are written: as wall-clock times in the dataset's time zone (the usual
 * export), with an offset or Z on every value (ISO 8601 instants), or as wall-clock times in UTC.
 * Periods are always cut in the dataset's time zone, so a complaint at 23:30 local time belongs to
 * that local day whatever the timestamps look like.
 */
public enum TimestampKind {
    LOCAL,
    WITH_OFFSET,
    UTC
}
