package org.kpiengine.sample;

/** The layout of {@code purchases.csv}. */
final class PurchaseCsv {

    static final String FILE_NAME = "purchases.csv";

    static final String[] HEADER = {"purchase_id", "customer_id", "purchased_at", "amount", "product", "is_repeat"};

    private final SequentialIds purchaseIds;
    private final SequentialIds customerIds;

    PurchaseCsv(SequentialIds purchaseIds, SequentialIds customerIds) {
        this.purchaseIds = purchaseIds;
        this.customerIds = customerIds;
    }

    Object[] row(long number, Purchase purchase) {
        return new Object[] {
                purchaseIds.of(number),
                customerIds.of(purchase.customer().number()),
                LocalTimestamps.format(purchase.purchasedAt()),
                CsvValues.money(purchase.amountCents()),
                purchase.product().label(),
                Boolean.toString(purchase.repeat())};
    }
}
