package org.kpiengine.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kpiengine.sample.SampleCsv.hoursBetween;
import static org.kpiengine.sample.SampleCsv.time;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** {@code purchases.csv}: who bought, when, and how complaints change buying. */
class PurchaseDataTest {

    private static final double HOURS_PER_YEAR = 365.2425 * 24;

    private final LargeSample sample = LargeSample.get();

    @Test
    void purchasesAreNumberedWithValidValues() {
        Set<String> products = Set.of("mobile", "broadband", "tv", "energy", "smart_home");
        List<CSVRecord> purchases = sample.purchases;
        for (int i = 0; i < purchases.size(); i++) {
            CSVRecord p = purchases.get(i);
            String id = String.format("P%07d", i + 1);
            assertEquals(id, p.get("purchase_id"));
            assertAll(id,
                    () -> assertTrue(p.get("amount").matches("\\d+\\.\\d\\d")),
                    () -> assertTrue(Double.parseDouble(p.get("amount")) >= 1.0),
                    () -> assertTrue(products.contains(p.get("product"))),
                    () -> assertTrue(Set.of("true", "false").contains(p.get("is_repeat"))));
        }
    }

    @Test
    void purchasesBelongToCustomersWhileTheyAreCustomersWithinThePeriod() {
        for (CSVRecord p : sample.purchases) {
            String id = p.get("purchase_id");
            CSVRecord customer = sample.customersById.get(p.get("customer_id"));
            assertNotNull(customer, id + " by an unknown customer");
            LocalDateTime at = time(p.get("purchased_at"));
            assertFalse(at.isBefore(time(customer.get("joined_at"))), id + " before joining");
            assertTrue(customer.get("left_at").isEmpty() || at.isBefore(time(customer.get("left_at"))), id + " after leaving");
            assertFalse(at.isBefore(LargeSample.START), id);
            assertTrue(at.isBefore(LargeSample.EXTRACTED_AT), id);
        }
    }

    /** Everyone's first purchase is the one made on signing up; only those who joined in the period show it. */
    @Test
    void onlyTheSignUpPurchaseIsNotARepeat() {
        Map<String, List<CSVRecord>> byCustomer = purchasesByCustomer();
        for (CSVRecord customer : sample.customers) {
            List<CSVRecord> purchases = byCustomer.getOrDefault(customer.get("customer_id"), List.of());
            boolean joinedInPeriod = !time(customer.get("joined_at")).isBefore(LargeSample.START);
            for (int i = 0; i < purchases.size(); i++) {
                CSVRecord p = purchases.get(i);
                if (i > 0) {
                    assertFalse(time(p.get("purchased_at")).isBefore(time(purchases.get(i - 1).get("purchased_at"))));
                }
                boolean signUp = joinedInPeriod && i == 0;
                assertEquals(Boolean.toString(!signUp), p.get("is_repeat"), p.get("purchase_id"));
                if (signUp) {
                    assertEquals(customer.get("joined_at"), p.get("purchased_at"));
                    assertEquals(customer.get("product"), p.get("product"));
                }
            }
            if (joinedInPeriod) {
                assertFalse(purchases.isEmpty(), customer.get("customer_id") + " joined without a purchase");
            }
        }
    }

    @Test
    void aFewPurchasesPerCustomerAndMostlyForTheirOwnProduct() {
        int repeats = 0;
        int ownProduct = 0;
        for (CSVRecord p : sample.purchases) {
            if (p.get("is_repeat").equals("true")) {
                repeats++;
                ownProduct += p.get("product").equals(sample.customersById.get(p.get("customer_id")).get("product")) ? 1 : 0;
            }
        }
        double perCustomerYear = repeats / customerYears(Map.of(), false);
        assertTrue(perCustomerYear > 0.5 && perCustomerYear < 3, perCustomerYear + " repeat purchases per customer-year");
        double ownShare = ownProduct / (double) repeats;
        assertTrue(ownShare > 0.75 && ownShare < 0.95, "own-product share " + ownShare);
    }

    /** Repeat purchases per customer-year, before versus after a customer's first escalated or reopened complaint. */
    @Test
    void customersBuyLessAfterABadlyHandledComplaint() {
        Map<String, LocalDateTime> badlyHandledAt = new HashMap<>();
        for (CSVRecord c : sample.complaints) {
            if (c.get("escalated").equals("true") || c.get("reopened").equals("true")) {
                String settled = c.get("resolved_at").isEmpty() ? c.get("received_at") : c.get("resolved_at");
                badlyHandledAt.merge(c.get("customer_id"), time(settled), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        double[] repeats = new double[2]; // before or without, after
        for (CSVRecord p : sample.purchases) {
            if (p.get("is_repeat").equals("true")) {
                LocalDateTime badAt = badlyHandledAt.get(p.get("customer_id"));
                repeats[badAt != null && !time(p.get("purchased_at")).isBefore(badAt) ? 1 : 0]++;
            }
        }
        double rateBefore = repeats[0] / customerYears(badlyHandledAt, false);
        double rateAfter = repeats[1] / customerYears(badlyHandledAt, true);
        assertTrue(rateAfter < 0.6 * rateBefore, "repeat purchases per year " + rateAfter + " after vs " + rateBefore);
    }

    /** Customer-years within the period, before (or after) each customer's marker moment. */
    private double customerYears(Map<String, LocalDateTime> marker, boolean afterMarker) {
        double hours = 0;
        for (CSVRecord c : sample.customers) {
            LocalDateTime from = time(c.get("joined_at")).isAfter(LargeSample.START) ? time(c.get("joined_at")) : LargeSample.START;
            LocalDateTime until = c.get("left_at").isEmpty() ? LargeSample.EXTRACTED_AT : time(c.get("left_at"));
            LocalDateTime split = marker.getOrDefault(c.get("customer_id"), LargeSample.EXTRACTED_AT);
            if (afterMarker) {
                from = split.isAfter(from) ? split : from;
            } else {
                until = split.isBefore(until) ? split : until;
            }
            hours += Math.max(0, hoursBetween(from, until));
        }
        return hours / HOURS_PER_YEAR;
    }

    private Map<String, List<CSVRecord>> purchasesByCustomer() {
        Map<String, List<CSVRecord>> byCustomer = new HashMap<>();
        for (CSVRecord p : sample.purchases) {
            byCustomer.computeIfAbsent(p.get("customer_id"), k -> new ArrayList<>()).add(p);
        }
        return byCustomer;
    }
}
