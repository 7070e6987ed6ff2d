package org.kpiengine.sample;

/**
 * How a complaint reached the company. Each channel carries the parameters that make it behave
 * differently: live channels answer fastest, email slowest, and the store costs the most.
 */
enum Channel {
    //     label    share  opens closes  sundays  ackMin  firstRespH  resolveX  handleMin  costX  surveyRate  mood
    PHONE("phone",  0.27,  8,    20,     false,   1.0,    0.6,        0.90,     22,        1.00,  0.33,        0.10),
    EMAIL("email",  0.25,  0,    24,     true,    90.0,   16.0,       1.20,     16,        0.90,  0.29,       -0.20),
    WEB("web",      0.21,  0,    24,     true,    20.0,   7.0,        1.05,     17,        0.95,  0.37,        0.00),
    CHAT("chat",    0.17,  7,    23,     true,    0.5,    0.3,        0.85,     19,        0.95,  0.41,        0.12),
    STORE("store",  0.10,  9,    19,     false,   2.0,    2.5,        1.00,     34,        1.70,  0.38,        0.15);

    private final String label;
    private final double share;
    private final int opensAtHour;
    private final int closesAtHour;
    private final boolean openOnSundays;
    private final double acknowledgementMedianMinutes;
    private final double firstResponseMedianHours;
    private final double resolutionFactor;
    private final double handlingMinutesPerContact;
    private final double costFactor;
    private final double surveyResponseRate;
    private final double satisfactionShift;

    Channel(String label, double share, int opensAtHour, int closesAtHour, boolean openOnSundays,
            double acknowledgementMedianMinutes, double firstResponseMedianHours, double resolutionFactor,
            double handlingMinutesPerContact, double costFactor, double surveyResponseRate,
            double satisfactionShift) {
        this.label = label;
        this.share = share;
        this.opensAtHour = opensAtHour;
        this.closesAtHour = closesAtHour;
        this.openOnSundays = openOnSundays;
        this.acknowledgementMedianMinutes = acknowledgementMedianMinutes;
        this.firstResponseMedianHours = firstResponseMedianHours;
        this.resolutionFactor = resolutionFactor;
        this.handlingMinutesPerContact = handlingMinutesPerContact;
        this.costFactor = costFactor;
        this.surveyResponseRate = surveyResponseRate;
        this.satisfactionShift = satisfactionShift;
    }

    String label() {
        return label;
    }

    double share() {
        return share;
    }

    /** Whether a customer can use this channel at that hour; email and web never close. */
    boolean isOpen(int hourOfDay, boolean sunday) {
        return (openOnSundays || !sunday) && hourOfDay >= opensAtHour && hourOfDay < closesAtHour;
    }

    /** Written channels are answered by back-office staff, who only work office hours. */
    boolean answeredByBackOffice() {
        return this == EMAIL || this == WEB;
    }

    double acknowledgementMedianMinutes() {
        return acknowledgementMedianMinutes;
    }

    double firstResponseMedianHours() {
        return firstResponseMedianHours;
    }

    double resolutionFactor() {
        return resolutionFactor;
    }

    double handlingMinutesPerContact() {
        return handlingMinutesPerContact;
    }

    double costFactor() {
        return costFactor;
    }

    double surveyResponseRate() {
        return surveyResponseRate;
    }

    double satisfactionShift() {
        return satisfactionShift;
    }
}
