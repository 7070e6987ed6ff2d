package org.kpiengine.cli;

import picocli.CommandLine.Option;

/** Whether an archived run also stores the records behind each KPI's latest figure. */
final class EvidenceOption {

    @Option(names = "--evidence",
            description = "Also store in the bundle the ids of the records behind each KPI's latest figure, per "
                    + "measure, with their segment values (evidence/KPI.csv, at most 10000 per measure; "
                    + "evidence/summary.csv counts them all). Every dataset needs an id_column.")
    boolean evidence;
}
