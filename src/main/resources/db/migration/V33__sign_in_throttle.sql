-- Failed sign-ins slow down the next attempt instead of locking the account: counted per name typed (whether
-- or not anybody has it), per client address and per both, in the database so every instance agrees.
CREATE TABLE sign_in_throttle (
    throttle_key     VARCHAR(400) PRIMARY KEY,
    failures         INTEGER NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    blocked_until    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at);

ALTER TABLE app_user DROP COLUMN failed_sign_ins;
ALTER TABLE app_user DROP COLUMN locked_until;
