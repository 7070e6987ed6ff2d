package org.kpiengine.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.sample.SampleCsv.hoursBetween;
import static org.kpiengine.sample.SampleCsv.time;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@code customers.csv} and how complaints link to it. */
class CustomerDataTest {

    private static final Set<String> PRODUCTS = Set.of("mobile", "broadband", "tv", "energy", "smart_home");
    private static final Set<String> REGIONS = Set.of("north", "south", "east", "west");
    private static final double HOURS_PER_MONTH = 365.2425 / 12 * 24;

    private final LargeSample sample = LargeSample.get();

    @Test
    void customersAreNumberedWithValidValues() {
        List<CSVRecord> customers = sample.customers;
        for (int i = 0; i < customers.size(); i++) {
            CSVRecord c = customers.get(i);
            String id = String.format("K%06d", i + 1);
            assertEquals(id, c.get("customer_id"));
            assertAll(id,
                    () -> assertTrue(PRODUCTS.contains(c.get("product"))),
                    () -> assertTrue(REGIONS.contains(c.get("region"))),
                    () -> assertTrue(c.get("monthly_revenue").matches("\\d+\\.\\d\\d")),
                    () -> assertTrue(Double.parseDouble(c.get("monthly_revenue")) >= 5.0),
                    () -> assertTrue(c.get("left_at").isEmpty()
                            || time(c.get("left_at")).isAfter(time(c.get("joined_at")))),
                    () -> assertTrue(c.get("left_at").isEmpty()
                            || !time(c.get("left_at")).isAfter(LargeSample.EXTRACTED_AT)),
                    () -> assertTrue(time(c.get("joined_at")).isBefore(LargeSample.EXTRACTED_AT)));
        }
    }

    @Test
    void aBaseOfCustomersExistsAtTheStartAndNewOnesJoinThroughout() {
        int activeAtStart = 0;
        int joinedDuring = 0;
        for (CSVRecord c : sample.customers) {
            LocalDateTime joined = time(c.get("joined_at"));
            if (joined.isBefore(LargeSample.START)) {
                activeAtStart += isActiveAt(c, LargeSample.START) ? 1 : 0;
                assertFalse(joined.isBefore(LargeSample.START.minusYears(3)), c.get("customer_id"));
            } else {
                joinedDuring++;
            }
        }
        assertTrue(activeAtStart > 0.6 * sample.customers.size(), activeAtStart + " active at the start");
        assertTrue(joinedDuring > 0.1 * sample.customers.size(), joinedDuring + " joined during the period");
    }

    @Test
    void everyComplaintComesFromAnActiveCustomerOfTheSameProduct() {
        for (CSVRecord complaint : sample.complaints) {
            String id = complaint.get("complaint_id");
            CSVRecord customer = sample.customersById.get(complaint.get("customer_id"));
            assertNotNull(customer, id + " has an unknown customer");
            assertEquals(customer.get("product"), complaint.get("product"), id);
            assertTrue(isActiveAt(customer, time(complaint.get("received_at"))), id + " from an inactive customer");
        }
    }

    @Test
    void revenueDependsOnTheProduct() {
        Map<String, double[]> revenue = new TreeMap<>();
        sample.customers.forEach(c -> SampleCsv.accumulate(revenue, c.get("product"), Double.parseDouble(c.get("monthly_revenue"))));
        assertTrue(SampleCsv.mean(revenue.get("energy")) > 2 * SampleCsv.mean(revenue.get("mobile")));
        assertTrue(SampleCsv.mean(revenue.get("smart_home")) < SampleCsv.mean(revenue.get("tv")));
    }

    @Test
    void monthlyChurnIsRealistic() {
        double sumOfRates = 0;
        int months = 0;
        for (LocalDateTime month = LargeSample.START; month.isBefore(LargeSample.EXTRACTED_AT); month = month.plusMonths(1)) {
            LocalDateTime next = month.plusMonths(1);
            int base = 0;
            int lost = 0;
            for (CSVRecord c : sample.customers) {
                if (isActiveAt(c, month)) {
                    base++;
                    lost += !c.get("left_at").isEmpty() && time(c.get("left_at")).isBefore(next) ? 1 : 0;
                }
            }
            double rate = lost / (double) base;
            assertTrue(rate > 0.005 && rate < 0.03, month + " churn " + rate);
            sumOfRates += rate;
            months++;
        }
        double average = sumOfRates / months;
        assertTrue(average >= 0.01 && average <= 0.025, "average monthly churn " + average);
    }

    /** Monthly leaving rate per customer-month, split at each customer's first complaint. */
    @Test
    void customersChurnMoreAfterComplainingAndMostAfterBadHandling() {
        Map<String, LocalDateTime> firstComplaint = new HashMap<>();
        Map<String, LocalDateTime> firstBadComplaint = new HashMap<>();
        for (CSVRecord c : sample.complaints) {
            LocalDateTime received = time(c.get("received_at"));
            firstComplaint.putIfAbsent(c.get("customer_id"), received);
            boolean lateDelta = c.get("team").equals("delta") && LargeSample.progress(received) > 0.6;
            if (lateDelta || c.get("escalated").equals("true") || c.get("reopened").equals("true")) {
                firstBadComplaint.putIfAbsent(c.get("customer_id"), received);
            }
        }
        double[] beforeComplaining = leavingRate(firstComplaint, false);
        double[] afterComplaining = leavingRate(firstComplaint, true);
        double[] afterBadHandling = leavingRate(firstBadComplaint, true);
        double before = beforeComplaining[0] / beforeComplaining[1];
        double after = afterComplaining[0] / afterComplaining[1];
        double afterBad = afterBadHandling[0] / afterBadHandling[1];
        assertTrue(after > 1.5 * before, "monthly churn " + after + " after complaining vs " + before + " before");
        assertTrue(afterBad > 1.3 * after, "monthly churn " + afterBad + " after bad handling vs " + after);
    }

    /** @return {leavers, customer-months} of the exposure before (or after) each customer's marker moment */
    private double[] leavingRate(Map<String, LocalDateTime> marker, boolean afterMarker) {
        double leavers = 0;
        double months = 0;
        for (CSVRecord c : sample.customers) {
            LocalDateTime from = later(time(c.get("joined_at")), LargeSample.START);
            LocalDateTime until = c.get("left_at").isEmpty() ? LargeSample.EXTRACTED_AT : time(c.get("left_at"));
            LocalDateTime split = marker.getOrDefault(c.get("customer_id"), LargeSample.EXTRACTED_AT);
            LocalDateTime exposureFrom = afterMarker ? later(from, split) : from;
            LocalDateTime exposureUntil = afterMarker ? until : earlier(until, split);
            if (exposureUntil.isAfter(exposureFrom)) {
                months += hoursBetween(exposureFrom, exposureUntil) / HOURS_PER_MONTH;
                boolean leftInExposure = !c.get("left_at").isEmpty() && exposureUntil.equals(until);
                leavers += leftInExposure ? 1 : 0;
            }
        }
        return new double[] {leavers, months};
    }

    static boolean isActiveAt(CSVRecord customer, LocalDateTime at) {
        return time(customer.get("joined_at")).isBefore(at)
                && (customer.get("left_at").isEmpty() || time(customer.get("left_at")).isAfter(at));
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }
}
