package no.saman.reports.action;

/**
 * KS's recruitment scenario of a shown group for a report: the hidden reserve, and with a stated
 * need how much of it the employees' own wishes cover.
 *
 * @param need the need in FTE, null for the reserve only
 * @param coveredShare min(need, hiddenFte) / need (0..1), null without a need
 * @param averageToCover (fteNow + need) / headcount × 100, null without a need
 */
public record RecruitmentFigures(
    long headcount,
    double averageNow,
    double fteNow,
    double hiddenFte,
    long positionsNotAdvertised,
    double fteIfWishesMet,
    Double need,
    Double coveredShare,
    Double averageToCover) {}
