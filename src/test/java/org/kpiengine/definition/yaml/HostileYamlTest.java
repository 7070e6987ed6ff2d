package org.kpiengine.definition.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kpiengine.error.InvalidInputException;

/**
 * A hostile or broken file costs a clear message and little time or memory. The two-second limit is
 * a safety bound against hangs and blow-ups, not a speed goal.
 */
class HostileYamlTest {

    private static final Duration LIMIT = Duration.ofSeconds(2);

    @TempDir
    Path folder;

    private String refusal(Path file) {
        return assertTimeoutPreemptively(LIMIT, () -> assertThrows(InvalidInputException.class,
                () -> SafeYaml.readMapping(file, "kpis/" + file.getFileName())).problems().get(0).format());
    }

    @Test
    void billionLaughsIsRefused() throws IOException {
        StringBuilder yaml = new StringBuilder("a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (int level = 1; level <= 9; level++) {
            yaml.append("a").append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < 9; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            yaml.append("]\n");
        }
        Path file = Files.writeString(folder.resolve("laughs.yaml"), yaml);
        assertEquals("kpis/laughs.yaml: error: the YAML repeats anchors (*name) for lists or mappings more than 20 "
                + "times, far more than a definition needs; it is refused", refusal(file));
    }

    @Test
    void aHundredMegabyteFileIsRefusedBeforeReading() throws IOException {
        Path file = folder.resolve("huge.yaml");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            String line = "description: " + "x".repeat(1000) + "\n";
            for (int written = 0; written < 100 * 1024 * 1024; written += line.length()) {
                out.write("k" + written + line.substring(1));
            }
        }
        assertEquals("kpis/huge.yaml: error: the file is larger than 2048 KiB, too large for a definition", refusal(file));
    }

    @Test
    void tenThousandLevelsOfNestingAreRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("deep.yaml"), "id: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        assertEquals("kpis/deep.yaml: error: the YAML nests lists or mappings more than 40 levels deep, far more than "
                + "a definition needs; it is refused", refusal(file));
    }

    @Test
    void deeplyNestedMappingsAreRefused() throws IOException {
        StringBuilder yaml = new StringBuilder();
        for (int depth = 0; depth < 10_000; depth++) {
            yaml.append(" ".repeat(depth)).append("k:\n");
        }
        Path file = Files.writeString(folder.resolve("mappings.yaml"), yaml);
        refusal(file);
    }
}
