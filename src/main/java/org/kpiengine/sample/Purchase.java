package org.kpiengine.sample;

/**
 * One purchase by a customer.
 *
 * @param repeat false only for the purchase that came with signing up
 */
record Purchase(Customer customer, long purchasedAt, long amountCents, Product product, boolean repeat) {
}
