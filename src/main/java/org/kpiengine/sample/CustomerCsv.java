package org.kpiengine.sample;

/** The layout of {@code customers.csv}. */
final class CustomerCsv {

    static final String FILE_NAME = "customers.csv";

    static final String[] HEADER = {"customer_id", "product", "region", "joined_at", "left_at", "monthly_revenue"};

    private final SequentialIds customerIds;
    private final long extractedAt;

    CustomerCsv(SequentialIds customerIds, long extractedAt) {
        this.customerIds = customerIds;
        this.extractedAt = extractedAt;
    }

    Object[] row(Customer customer) {
        return new Object[] {
                customerIds.of(customer.number()),
                customer.product().label(),
                customer.region().label(),
                LocalTimestamps.format(customer.joinedAt()),
                customer.leftAt() <= extractedAt ? LocalTimestamps.format(customer.leftAt()) : "",
                CsvValues.money(customer.monthlyRevenueCents())};
    }
}
