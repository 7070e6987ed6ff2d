package org.kpiengine.sample;

import java.util.SplittableRandom;

/**
 * The distributions the simulation draws from, all built on one {@link SplittableRandom}.
 * StrictMath and a hand-written Box-Muller keep every draw identical across JVMs and platforms,
 * so a seed reproduces the same bytes anywhere.
 */
final class RandomDraws {

    private final SplittableRandom random;
    private double spareGaussian;
    private boolean hasSpareGaussian;

    RandomDraws(SplittableRandom random) {
        this.random = random;
    }

    int uniformInt(int fromInclusive, int toExclusive) {
        return random.nextInt(fromInclusive, toExclusive);
    }

    /** In [0, 1). */
    double uniformDouble() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double gaussian() {
        if (hasSpareGaussian) {
            hasSpareGaussian = false;
            return spareGaussian;
        }
        double u1 = 1.0 - random.nextDouble(); // (0, 1], keeps log finite
        double u2 = random.nextDouble();
        double radius = StrictMath.sqrt(-2.0 * StrictMath.log(u1));
        double angle = 2.0 * StrictMath.PI * u2;
        spareGaussian = radius * StrictMath.sin(angle);
        hasSpareGaussian = true;
        return radius * StrictMath.cos(angle);
    }

    /** Log-normal with the given median; sigma is the spread of the underlying normal. */
    double logNormal(double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian());
    }

    /** Number of failures before the first success; mean (1 - p) / p. */
    int geometric(double successProbability) {
        int failures = 0;
        while (failures < 50 && !chance(successProbability)) {
            failures++;
        }
        return failures;
    }

    /** Knuth's method; the simulation only asks for small means. */
    int poisson(double mean) {
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    /** Index drawn with probability proportional to its weight. */
    int pick(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
