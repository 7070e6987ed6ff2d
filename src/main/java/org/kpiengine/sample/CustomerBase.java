package org.kpiengine.sample;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every customer of the run, numbered in the order they joined: a base that was already there when
 * the period starts (joined over the three years before) and an intake spread over the period.
 * Complaints find their customer here.
 */
final class CustomerBase {

    /** Customers at the start per complaint received in an average month; keeps the file small. */
    private static final double ACTIVE_CUSTOMERS_PER_MONTHLY_COMPLAINT = 15;
    private static final int MINIMUM_ACTIVE_CUSTOMERS = 500;
    /** New customers per month, as a share of the starting base: a little above the churn, so the base grows slowly. */
    private static final double MONTHLY_INTAKE = 0.021;
    private static final int YEARS_OF_HISTORY = 3;
    private static final int JOINS_FROM_HOUR = 8;
    private static final int JOINS_UNTIL_HOUR = 22;
    private static final int RANDOM_TRIES_BEFORE_SCAN = 200;
    private static final double LATE_JOINER_MAX_DAYS_BEFORE = 30;

    private final CustomerFactory factory;
    private final RandomDraws draws;
    private final List<Customer> customers = new ArrayList<>();
    private final Map<Product, List<Customer>> byProduct = new EnumMap<>(Product.class);

    private CustomerBase(CustomerFactory factory, RandomDraws draws) {
        this.factory = factory;
        this.draws = draws;
        for (Product product : Product.values()) {
            byProduct.put(product, new ArrayList<>());
        }
    }

    static CustomerBase populate(SampleDataSpec spec, SimulationPeriod period, CustomerFactory factory,
                                 RandomDraws draws) {
        double complaintsPerMonth = spec.complaints() / period.months();
        int activeAtStart = (int) Math.max(MINIMUM_ACTIVE_CUSTOMERS,
                Math.round(ACTIVE_CUSTOMERS_PER_MONTHLY_COMPLAINT * complaintsPerMonth));
        int intake = (int) Math.round(activeAtStart * MONTHLY_INTAKE * period.months());

        CustomerBase base = new CustomerBase(factory, draws);
        long historyStart = LocalTimestamps.startOf(spec.firstDay().minusYears(YEARS_OF_HISTORY));
        for (long joinedAt : sortedJoinTimes(draws, activeAtStart, historyStart, period.start())) {
            base.add(factory.create(base.size() + 1, factory.drawProduct(), joinedAt, period.start()));
        }
        for (long joinedAt : sortedJoinTimes(draws, intake, period.start(), period.extractedAt())) {
            base.add(factory.create(base.size() + 1, factory.drawProduct(), joinedAt, joinedAt));
        }
        return base;
    }

    int size() {
        return customers.size();
    }

    /** In number order. */
    List<Customer> all() {
        return Collections.unmodifiableList(customers);
    }

    /**
     * A random customer on that product line who is a customer at that moment. Should nobody be
     * (only conceivable in tiny runs), a new customer who joined shortly before is added.
     */
    Customer activeCustomer(Product product, long at) {
        List<Customer> candidates = byProduct.get(product);
        if (!candidates.isEmpty()) {
            for (int i = 0; i < RANDOM_TRIES_BEFORE_SCAN; i++) {
                Customer candidate = candidates.get(draws.uniformInt(0, candidates.size()));
                if (candidate.isActiveAt(at)) {
                    return candidate;
                }
            }
            int offset = draws.uniformInt(0, candidates.size());
            for (int i = 0; i < candidates.size(); i++) {
                Customer candidate = candidates.get((offset + i) % candidates.size());
                if (candidate.isActiveAt(at)) {
                    return candidate;
                }
            }
        }
        long joinedAt = LocalTimestamps.plusHours(at, -24 * Math.max(0.05, draws.uniformDouble() * LATE_JOINER_MAX_DAYS_BEFORE));
        Customer lateJoiner = factory.create(size() + 1, product, joinedAt, at);
        add(lateJoiner);
        return lateJoiner;
    }

    private void add(Customer customer) {
        customers.add(customer);
        byProduct.get(customer.product()).add(customer);
    }

    /** Uniform over the days from start (inclusive) to end (exclusive), at daytime hours, sorted. */
    private static long[] sortedJoinTimes(RandomDraws draws, int count, long start, long end) {
        long firstDay = Math.floorDiv(start, LocalTimestamps.SECONDS_PER_DAY);
        int days = (int) (Math.floorDiv(end, LocalTimestamps.SECONDS_PER_DAY) - firstDay);
        long[] times = new long[count];
        for (int i = 0; i < count; i++) {
            long day = firstDay + draws.uniformInt(0, days);
            times[i] = day * LocalTimestamps.SECONDS_PER_DAY
                    + draws.uniformInt(JOINS_FROM_HOUR * 3600, JOINS_UNTIL_HOUR * 3600);
        }
        Arrays.sort(times);
        return times;
    }
}
