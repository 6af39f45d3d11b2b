package no.saman.survey.invitation.reminder;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** Reminder schedule rows, one per round. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface ReminderScheduleRepository extends CrudRepository<ReminderSchedule, String> {}
