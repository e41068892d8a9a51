-- Retention rules per collection (null: no such rule), and collections protected from them
ALTER TABLE collections ADD COLUMN protected_collection BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN retention_keep_tags INT NULL,
    ADD COLUMN retention_unpulled_days INT NULL,
    ADD COLUMN retention_untagged_days INT NULL;
