package org.kpiengine.sample;

/**
 * Ids such as {@code C000001} or {@code A001}: a letter and a zero-padded number, padded to at
 * least a minimum width and wider when the run needs it, so that ids sort as text in number order.
 */
final class SequentialIds {

    private final char prefix;
    private final int digits;

    /** @param largestNumber the largest number the run can hand out */
    SequentialIds(char prefix, int minimumDigits, long largestNumber) {
        this.prefix = prefix;
        this.digits = Math.max(minimumDigits, Long.toString(largestNumber).length());
    }

    static SequentialIds complaints(int complaints) {
        return new SequentialIds('C', 6, complaints);
    }

    String of(long number) {
        String digitsOfNumber = Long.toString(number);
        StringBuilder id = new StringBuilder(digits + 1).append(prefix);
        for (int i = digitsOfNumber.length(); i < digits; i++) {
            id.append('0');
        }
        return id.append(digitsOfNumber).toString();
    }
}
