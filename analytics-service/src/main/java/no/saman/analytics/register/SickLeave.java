package no.saman.analytics.register;

/**
 * One unit's sick-leave figures for one quarter, or the sum of several units'.
 *
 * @param agreedDays agreed working days
 * @param lostSelfCertified lost days on self-certification (at full degree)
 * @param lostDoctor lost days on doctor's certificate (sick days × position share × degree)
 * @param lostShort lost days in absences of at most 16 days
 * @param lostLong lost days in absences of more than 16 days
 * @param headcountThreeYears employees with at least 3 years' tenure
 * @param longTermHealthy those of them with no sick leave in the last 2 years
 */
public record SickLeave(
    double agreedDays,
    double lostSelfCertified,
    double lostDoctor,
    double lostShort,
    double lostLong,
    long headcountThreeYears,
    long longTermHealthy) {

  public static final SickLeave NONE = new SickLeave(0, 0, 0, 0, 0, 0, 0);

  public SickLeave plus(SickLeave other) {
    return new SickLeave(
        agreedDays + other.agreedDays,
        lostSelfCertified + other.lostSelfCertified,
        lostDoctor + other.lostDoctor,
        lostShort + other.lostShort,
        lostLong + other.lostLong,
        headcountThreeYears + other.headcountThreeYears,
        longTermHealthy + other.longTermHealthy);
  }
}
