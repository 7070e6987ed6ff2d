package org.kpiengine.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextContrastTest {

    @ParameterizedTest
    @CsvSource({
            "#C62828, #FFFFFF",
            "#2E7D32, #FFFFFF",
            "#1F3A5F, #FFFFFF",
            "#F9A825, #1F2933",
            "#FFEB3B, #1F2933",
            "#FFFFFF, #1F2933",
            "not-a-colour, #1F2933",
            "'', #1F2933"})
    void picksTheMoreReadableTextColour(String background, String expected) {
        assertEquals(expected, TextContrast.on(background));
    }
}
