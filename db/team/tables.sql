-- Team mode: what only the database owner's functions read.
--
-- Password hashes live here rather than in "user".password_hash, which every
-- desk may read; on a team database that column holds a marker only. Hashes
-- are bcrypt (pgcrypto crypt()) of the password's SHA-256, so the signature
-- function can check a password inside the database, and passwords longer than
-- bcrypt's 72 bytes still count in full.

CREATE TABLE IF NOT EXISTS team_password (
    user_id integer PRIMARY KEY REFERENCES "user"(id),
    hash text NOT NULL
);
REVOKE ALL ON team_password FROM PUBLIC;
