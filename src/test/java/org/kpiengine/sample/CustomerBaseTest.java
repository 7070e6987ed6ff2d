package org.kpiengine.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CustomerBaseTest {

    private static final SampleDataSpec SMALL = new SampleDataSpec(3, 100, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31));
    private static final SimulationPeriod PERIOD = SimulationPeriod.of(SMALL);

    @Test
    void findsAnActiveCustomerOnTheRequestedProduct() {
        CustomerBase base = populate();
        long midPeriod = (PERIOD.start() + PERIOD.extractedAt()) / 2;
        for (Product product : Product.values()) {
            Customer customer = base.activeCustomer(product, midPeriod);
            assertEquals(product, customer.product());
            assertTrue(customer.isActiveAt(midPeriod));
        }
    }

    @Test
    void smallRunsStillHaveABaseOfAtLeastFiveHundred() {
        assertTrue(populate().size() >= 500);
    }

    @Test
    void addsALateJoinerWhenNobodyIsActive() {
        CustomerBase base = populate();
        int before = base.size();
        long farFuture = LocalTimestamps.startOf(LocalDate.of(3000, 1, 1));

        Customer customer = base.activeCustomer(Product.TV, farFuture);

        assertEquals(before + 1, base.size());
        assertEquals(before + 1, customer.number());
        assertSame(customer, base.all().get(before));
        assertEquals(Product.TV, customer.product());
        assertTrue(customer.isActiveAt(farFuture));
    }

    private static CustomerBase populate() {
        RandomDraws draws = new RandomDraws(new SplittableRandom(1));
        return CustomerBase.populate(SMALL, PERIOD, new CustomerFactory(draws), draws);
    }
}
