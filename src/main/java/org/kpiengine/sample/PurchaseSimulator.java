package org.kpiengine.sample;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A customer's purchases within the period: the sign-up purchase for those who join during it,
 * then occasional repeat purchases (devices, add-ons, upgrades) until they leave, mostly for their
 * own product line. After a badly handled complaint a customer buys far less often.
 */
final class PurchaseSimulator {

    private static final double DISAPPOINTED_PURCHASE_FACTOR = 0.35;
    private static final double CROSS_SELL_RATE = 0.15;
    private static final double SIGN_UP_AMOUNT_FACTOR = 1.8;
    private static final double AMOUNT_SPREAD = 0.6;
    private static final long MINIMUM_AMOUNT_CENTS = 100;
    private static final int SHOP_OPENS_AT_HOUR = 8;
    private static final int SHOP_CLOSES_AT_HOUR = 22;
    private static final double DAYS_PER_YEAR = 365.2425;
    /** Caps a customer's repeat purchases, which also bounds the width of purchase ids. */
    static final int MAX_PURCHASES_PER_CUSTOMER = 60;

    private final RandomDraws draws;
    private final SimulationPeriod period;
    private final double[] productShares = new double[Product.values().length];

    PurchaseSimulator(RandomDraws draws, SimulationPeriod period) {
        this.draws = draws;
        this.period = period;
        for (Product product : Product.values()) {
            productShares[product.ordinal()] = product.share();
        }
    }

    /** In time order. */
    List<Purchase> purchasesOf(Customer customer) {
        List<Purchase> purchases = new ArrayList<>();
        if (customer.joinedAt() >= period.start() && customer.joinedAt() < period.extractedAt()) {
            purchases.add(new Purchase(customer, customer.joinedAt(),
                    amountCents(customer.product(), SIGN_UP_AMOUNT_FACTOR), customer.product(), false));
        }
        long from = Math.max(customer.joinedAt(), period.start());
        long until = Math.min(customer.leftAt(), period.extractedAt());
        double meanDaysBetween = DAYS_PER_YEAR / customer.purchasesPerYear();
        // Candidate moments at the content rate, thinned after disappointment (a Poisson process whose rate drops).
        double day = Math.floorDiv(from, LocalTimestamps.SECONDS_PER_DAY);
        int repeats = 0;
        while (repeats < MAX_PURCHASES_PER_CUSTOMER) {
            day += -meanDaysBetween * StrictMath.log(1.0 - draws.uniformDouble());
            long purchasedAt = (long) Math.floor(day) * LocalTimestamps.SECONDS_PER_DAY
                    + draws.uniformInt(SHOP_OPENS_AT_HOUR * 3600, SHOP_CLOSES_AT_HOUR * 3600);
            if (purchasedAt >= until) {
                break;
            }
            boolean disappointed = purchasedAt >= customer.disappointedAt();
            if (purchasedAt <= from || (disappointed && !draws.chance(DISAPPOINTED_PURCHASE_FACTOR))) {
                continue;
            }
            Product product = draws.chance(CROSS_SELL_RATE)
                    ? Product.values()[draws.pick(productShares)]
                    : customer.product();
            purchases.add(new Purchase(customer, purchasedAt, amountCents(product, 1.0), product, true));
            repeats++;
        }
        purchases.sort(Comparator.comparingLong(Purchase::purchasedAt));
        return purchases;
    }

    private long amountCents(Product product, double factor) {
        return Math.max(MINIMUM_AMOUNT_CENTS,
                Math.round(100 * factor * draws.logNormal(product.purchaseMedian(), AMOUNT_SPREAD)));
    }
}
