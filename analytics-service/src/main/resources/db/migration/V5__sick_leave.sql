-- Sick leave per unit and quarter from the municipality's HR/payroll register (KS PAI), imported
-- as CSV: agreed working days, lost days split self-/doctor-certified and short (≤ 16 days)/long,
-- and the employees with at least 3 years' tenure with the long-term healthy among them.

CREATE TABLE sick_leave (
  municipality        VARCHAR(4)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  unit                VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  period              VARCHAR(6)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
  agreed_days         DOUBLE      NOT NULL,
  lost_self_certified DOUBLE      NOT NULL,
  lost_doctor         DOUBLE      NOT NULL,
  lost_short          DOUBLE      NOT NULL,
  lost_long           DOUBLE      NOT NULL,
  headcount_3y        INT         NOT NULL,
  long_term_healthy   INT         NOT NULL,
  PRIMARY KEY (municipality, unit, period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
