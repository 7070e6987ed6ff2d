package org.kpiengine.sample;

import java.util.function.ToDoubleFunction;

/**
 * Lives through one complaint from receipt to closure: picks who, what and how serious, then draws
 * each waiting time from the factors that plausibly drive it. Anything that would happen after the
 * extraction moment has not happened yet, which leaves the most recent complaints open.
 */
final class ComplaintSimulator {

    private static final double ACKNOWLEDGEMENT_RATE = 0.97;
    private static final double NEVER_RESOLVED_RATE = 0.006;
    private static final double BASE_REOPEN_RATE = 0.05;
    private static final double EXTERNAL_WAIT_MEDIAN_HOURS = 9 * 24;
    private static final double LABOUR_COST_PER_MINUTE = 0.85;
    private static final double ESCALATION_OVERHEAD = 30;
    /** Internal marker for a step that will never happen, kept apart from "not reached by extraction". */
    private static final long NEVER = Long.MAX_VALUE;
    private static final int BACK_OFFICE_OPENS_AT_HOUR = 8;
    private static final int BACK_OFFICE_CLOSES_AT_HOUR = 19;

    private final RandomDraws draws;
    private final long periodStart;
    private final long extractedAt;
    private final double[] teamShares = sharesOf(Team.values(), Team::share);
    private final double[] categoryShares = sharesOf(Category.values(), Category::share);
    private final double[] productShares = sharesOf(Product.values(), Product::share);
    private final double[] channelWeights = new double[Channel.values().length];
    private final double[] severityWeights = new double[Severity.values().length];

    /**
     * @param periodStart first moment complaints can arrive
     * @param extractedAt the moment the data is extracted: the end of the last day
     */
    ComplaintSimulator(RandomDraws draws, long periodStart, long extractedAt) {
        this.draws = draws;
        this.periodStart = periodStart;
        this.extractedAt = extractedAt;
    }

    SimulatedComplaint simulate(long sequence, long receivedAt) {
        Profile profile = drawProfile(receivedAt);
        long firstResponseAt = drawFirstResponse(profile, receivedAt);
        long acknowledgedAt = drawAcknowledgement(profile.channel(), receivedAt, firstResponseAt);
        boolean escalated = draws.chance(Math.min(0.9, profile.severity().escalationChance()
                * profile.team().escalationFactor() * (1 + 1.6 * profile.strain())));
        int departmentsInvolved = 1 + (escalated ? 1 + draws.geometric(0.6) : (draws.chance(0.10) ? 1 : 0));
        long firstResolvedAt = drawFirstResolution(profile, firstResponseAt, escalated, departmentsInvolved);

        double reopenChance = BASE_REOPEN_RATE * profile.team().reopenFactor() * (escalated ? 1.6 : 1.0)
                * (1 + 2.0 * profile.strain());
        // A complaint can only be reopened once it has been resolved, before the extraction.
        boolean reopened = firstResolvedAt < extractedAt && draws.chance(reopenChance);
        long finalResolvedAt = reopened
                ? LocalTimestamps.plusHours(firstResolvedAt, draws.logNormal(48, 0.7))
                : firstResolvedAt;
        long closedAt = finalResolvedAt == NEVER
                ? NEVER
                : LocalTimestamps.plusHours(finalResolvedAt, Math.max(1.0, draws.logNormal(60, 0.6)));

        long resolvedAt = reachedBy(finalResolvedAt);
        boolean resolved = SimulatedComplaint.happened(resolvedAt);
        int contacts = resolved ? drawContacts(receivedAt, resolvedAt, escalated, reopened) : 0;
        int contactsSoFar = resolved ? contacts : 1 + draws.poisson(0.3);
        int handlingMinutes = (int) Math.max(3, Math.round(profile.channel().handlingMinutesPerContact()
                * profile.severity().handlingFactor() * contactsSoFar * Math.sqrt(departmentsInvolved)
                * draws.logNormal(1.0, 0.4)));
        long costCents = resolved ? drawResolutionCostCents(profile, escalated, handlingMinutes) : -1;
        // An open complaint whose deadline has not passed yet still counts as within its SLA.
        boolean withinSla = (resolved ? resolvedAt : extractedAt) - receivedAt <= profile.severity().slaSeconds();
        Status status = !resolved ? Status.OPEN
                : SimulatedComplaint.happened(reachedBy(closedAt)) ? Status.CLOSED : Status.RESOLVED;

        return new SimulatedComplaint(sequence, receivedAt,
                reachedBy(acknowledgedAt), reachedBy(firstResponseAt), resolvedAt, reachedBy(closedAt),
                profile.channel(), profile.team(), profile.category(), profile.product(), profile.severity(), status,
                escalated, departmentsInvolved, contacts, reopened, handlingMinutes, costCents, withinSla,
                profile.strain());
    }

    /** Who handles what: the traits fixed at receipt that drive everything after. */
    private record Profile(Channel channel, Team team, Category category, Product product, Severity severity,
                           double strain) {
    }

    private Profile drawProfile(long receivedAt) {
        double progress = (receivedAt - periodStart) / (double) (extractedAt - periodStart);
        Channel channel = pickChannel(receivedAt);
        Team team = Team.values()[draws.pick(teamShares)];
        Category category = Category.values()[draws.pick(categoryShares)];
        Product product = Product.values()[draws.pick(productShares)];
        Severity severity = pickSeverity(category);
        return new Profile(channel, team, category, product, severity, TeamDrift.strain(team, progress));
    }

    private long drawFirstResponse(Profile profile, long receivedAt) {
        double hours = draws.logNormal(profile.channel().firstResponseMedianHours()
                * profile.severity().firstResponseFactor() * profile.team().speedFactor()
                * (1 + 1.4 * profile.strain()), 0.85);
        long firstResponseAt = LocalTimestamps.plusHours(receivedAt, hours);
        return profile.channel().answeredByBackOffice() ? intoOfficeHours(firstResponseAt) : firstResponseAt;
    }

    /** Usually an automatic or spoken confirmation, never later than the first real response. */
    private long drawAcknowledgement(Channel channel, long receivedAt, long firstResponseAt) {
        double rate = channel == Channel.EMAIL ? ACKNOWLEDGEMENT_RATE - 0.04 : ACKNOWLEDGEMENT_RATE;
        if (!draws.chance(rate)) {
            return SimulatedComplaint.NOT_HAPPENED;
        }
        double hours = draws.logNormal(channel.acknowledgementMedianMinutes(), 0.8) / 60;
        return Math.min(firstResponseAt, LocalTimestamps.plusHours(receivedAt, hours));
    }

    private long drawFirstResolution(Profile profile, long firstResponseAt, boolean escalated, int departments) {
        double hours = draws.logNormal(profile.severity().resolutionMedianHours()
                * profile.category().resolutionFactor() * profile.product().resolutionFactor()
                * profile.channel().resolutionFactor() * profile.team().speedFactor()
                * (1 + 0.9 * profile.strain())
                * (escalated ? 1.8 : 1.0) * (1 + 0.2 * (departments - 1)), 0.8);
        if (draws.chance(profile.category().externalWaitChance())) {
            hours += draws.logNormal(EXTERNAL_WAIT_MEDIAN_HOURS, 0.6);
        }
        return draws.chance(NEVER_RESOLVED_RATE) ? NEVER : LocalTimestamps.plusHours(firstResponseAt, hours);
    }

    private int drawContacts(long receivedAt, long resolvedAt, boolean escalated, boolean reopened) {
        double daysOpen = LocalTimestamps.hoursBetween(receivedAt, resolvedAt) / 24;
        int extraContacts = draws.poisson(0.3 + 0.10 * daysOpen + (escalated ? 0.6 : 0)) + (reopened ? 1 : 0);
        return 1 + Math.min(12, extraContacts);
    }

    private long reachedBy(long timestamp) {
        return timestamp != SimulatedComplaint.NOT_HAPPENED && timestamp <= extractedAt
                ? timestamp
                : SimulatedComplaint.NOT_HAPPENED;
    }

    private Channel pickChannel(long receivedAt) {
        int hour = LocalTimestamps.hourOfDay(receivedAt);
        boolean sunday = LocalTimestamps.isSunday(receivedAt);
        Channel[] channels = Channel.values();
        for (int i = 0; i < channels.length; i++) {
            channelWeights[i] = channels[i].isOpen(hour, sunday) ? channels[i].share() : 0.0;
        }
        return channels[draws.pick(channelWeights)];
    }

    private Severity pickSeverity(Category category) {
        Severity[] severities = Severity.values();
        for (int i = 0; i < severities.length; i++) {
            severityWeights[i] = severities[i].share() * (severities[i].isSevere() ? category.severeFactor() : 1.0);
        }
        return severities[draws.pick(severityWeights)];
    }

    private long intoOfficeHours(long timestamp) {
        int hour = LocalTimestamps.hourOfDay(timestamp);
        if (hour >= BACK_OFFICE_OPENS_AT_HOUR && hour < BACK_OFFICE_CLOSES_AT_HOUR) {
            return timestamp;
        }
        long startOfDay = timestamp - Math.floorMod(timestamp, LocalTimestamps.SECONDS_PER_DAY);
        long nextOpening = startOfDay + BACK_OFFICE_OPENS_AT_HOUR * LocalTimestamps.SECONDS_PER_HOUR
                + (hour >= BACK_OFFICE_CLOSES_AT_HOUR ? LocalTimestamps.SECONDS_PER_DAY : 0);
        return nextOpening + draws.uniformInt(0, 2 * 3600);
    }

    /** Staff time plus any refund or goodwill payment, plus a flat overhead when escalated. */
    private long drawResolutionCostCents(Profile profile, boolean escalated, int handlingMinutes) {
        double cost = handlingMinutes * LABOUR_COST_PER_MINUTE;
        if (draws.chance(profile.category().compensationChance())) {
            cost += draws.logNormal(profile.category().compensationMedian(), 0.8);
        }
        if (escalated) {
            cost += ESCALATION_OVERHEAD;
        }
        return Math.round(cost * profile.channel().costFactor() * 100);
    }

    private static <E> double[] sharesOf(E[] values, ToDoubleFunction<E> share) {
        double[] shares = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            shares[i] = share.applyAsDouble(values[i]);
        }
        return shares;
    }
}
