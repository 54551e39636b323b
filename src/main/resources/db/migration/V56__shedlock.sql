-- Scheduled jobs are locked by ShedLock (its JDBC provider's table, as its documentation gives it for PostgreSQL;
-- the same on H2). The job_lock table of the hand-written lock it replaces goes.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);

DROP TABLE job_lock;
