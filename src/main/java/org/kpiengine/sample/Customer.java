package org.kpiengine.sample;

/**
 * A customer subscribed to one product line. What is drawn when the customer is created stays
 * fixed; a complaint handled badly can only bring the departure forward and mark the customer as
 * disappointed, which makes them buy less from then on.
 */
final class Customer {

    static final long NEVER = Long.MAX_VALUE;

    private final int number;
    private final Product product;
    private final Region region;
    private final long joinedAt;
    private final long monthlyRevenueCents;
    private final double purchasesPerYear;
    private long leftAt;
    private long disappointedAt = NEVER;

    /** @param leftAt may lie beyond the extraction moment, when the departure is not known yet */
    Customer(int number, Product product, Region region, long joinedAt, long leftAt, long monthlyRevenueCents,
             double purchasesPerYear) {
        if (leftAt <= joinedAt) {
            throw new IllegalArgumentException("customer " + number + " leaves before joining");
        }
        this.number = number;
        this.product = product;
        this.region = region;
        this.joinedAt = joinedAt;
        this.leftAt = leftAt;
        this.monthlyRevenueCents = monthlyRevenueCents;
        this.purchasesPerYear = purchasesPerYear;
    }

    int number() {
        return number;
    }

    Product product() {
        return product;
    }

    Region region() {
        return region;
    }

    long joinedAt() {
        return joinedAt;
    }

    long leftAt() {
        return leftAt;
    }

    long monthlyRevenueCents() {
        return monthlyRevenueCents;
    }

    /** Repeat purchases per year while the customer is content. */
    double purchasesPerYear() {
        return purchasesPerYear;
    }

    /** When a complaint of theirs was first handled badly, or {@link #NEVER}. */
    long disappointedAt() {
        return disappointedAt;
    }

    boolean isActiveAt(long timestamp) {
        return joinedAt < timestamp && timestamp < leftAt;
    }

    void leaveBy(long timestamp) {
        leftAt = Math.max(joinedAt + 1, Math.min(leftAt, timestamp));
    }

    void disappointAt(long timestamp) {
        disappointedAt = Math.min(disappointedAt, timestamp);
    }
}
