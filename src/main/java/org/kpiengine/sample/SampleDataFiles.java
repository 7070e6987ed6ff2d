package org.kpiengine.sample;

import java.util.List;
import java.util.NoSuchElementException;

/** The files a generator run wrote, in the order they were written. */
public record SampleDataFiles(List<WrittenFile> files) {

    public SampleDataFiles {
        files = List.copyOf(files);
    }

    /** @throws NoSuchElementException when the run wrote no file of that name */
    public WrittenFile named(String fileName) {
        for (WrittenFile file : files) {
            if (file.name().equals(fileName)) {
                return file;
            }
        }
        throw new NoSuchElementException("no file named " + fileName + " was written");
    }
}
