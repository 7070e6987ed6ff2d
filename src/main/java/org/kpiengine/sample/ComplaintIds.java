package org.kpiengine.sample;

/**
 * Complaint ids such as {@code C000001}: zero-padded to at least six digits, and wider when the
 * run needs it, so that ids sort as text in the same order as the complaints.
 */
final class ComplaintIds {

    private static final int MINIMUM_DIGITS = 6;

    private final int digits;

    ComplaintIds(int complaints) {
        this.digits = Math.max(MINIMUM_DIGITS, Integer.toString(complaints).length());
    }

    String of(long sequence) {
        String number = Long.toString(sequence);
        StringBuilder id = new StringBuilder(digits + 1).append('C');
        for (int i = number.length(); i < digits; i++) {
            id.append('0');
        }
        return id.append(number).toString();
    }
}
