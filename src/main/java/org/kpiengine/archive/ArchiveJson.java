package org.kpiengine.archive;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON spelling of archive files: snake_case keys, no nulls, unknown keys refused. */
final class ArchiveJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private ArchiveJson() {
    }

    /** Indented, for files people read (the manifest). */
    static ObjectMapper pretty() {
        return MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** One line, for the index. */
    static ObjectMapper compact() {
        return MAPPER;
    }
}
