package org.kpiengine.sample;

/** Draws a new customer's traits: region, revenue, appetite for buying, and when they would leave anyway. */
final class CustomerFactory {

    private static final double REVENUE_SPREAD = 0.3;
    private static final long MINIMUM_REVENUE_CENTS = 500;
    private static final double MEDIAN_PURCHASES_PER_YEAR = 0.75;
    private static final double PURCHASE_APPETITE_SPREAD = 0.6;

    private final RandomDraws draws;
    private final double[] productShares = new double[Product.values().length];
    private final double[] regionShares = new double[Region.values().length];

    CustomerFactory(RandomDraws draws) {
        this.draws = draws;
        for (Product product : Product.values()) {
            productShares[product.ordinal()] = product.share();
        }
        for (Region region : Region.values()) {
            regionShares[region.ordinal()] = region.share();
        }
    }

    Product drawProduct() {
        return Product.values()[draws.pick(productShares)];
    }

    /**
     * @param stillThereAt a moment the customer is known to be a customer at; leaving for reasons of
     *                     their own is drawn from then on (the monthly chance does not depend on tenure)
     */
    Customer create(int number, Product product, long joinedAt, long stillThereAt) {
        Region region = Region.values()[draws.pick(regionShares)];
        long revenueCents = Math.max(MINIMUM_REVENUE_CENTS,
                Math.round(100 * draws.logNormal(product.monthlyRevenueMedian(), REVENUE_SPREAD)));
        double purchasesPerYear = draws.logNormal(MEDIAN_PURCHASES_PER_YEAR, PURCHASE_APPETITE_SPREAD);
        long leftAt = stillThereAt + Math.max(LocalTimestamps.SECONDS_PER_HOUR, monthsUntilLeaving(product.monthlyChurn()));
        return new Customer(number, product, region, joinedAt, Math.max(leftAt, joinedAt + 1), revenueCents,
                purchasesPerYear);
    }

    /** Seconds until an event with the given monthly chance, which is geometric in continuous time. */
    private long monthsUntilLeaving(double monthlyChance) {
        double uniform = 1.0 - draws.uniformDouble(); // (0, 1]
        double months = StrictMath.log(uniform) / StrictMath.log(1 - monthlyChance);
        return Math.round(months * SimulationPeriod.DAYS_PER_MONTH * LocalTimestamps.SECONDS_PER_DAY);
    }
}
