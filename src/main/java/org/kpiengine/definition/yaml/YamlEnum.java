package org.kpiengine.definition.yaml;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Enum constants as they are spelt in YAML: lower case, words joined by underscores. */
public final class YamlEnum {

    private YamlEnum() {
    }

    public static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> name(constant).equals(text)).findFirst();
    }

    public static <E extends Enum<E>> List<String> names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(YamlEnum::name).toList();
    }
}
