package org.kpiengine.sample;

/** Where a complaint stands at the moment the data was extracted. */
enum Status {
    OPEN("open"),
    RESOLVED("resolved"),
    CLOSED("closed");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
