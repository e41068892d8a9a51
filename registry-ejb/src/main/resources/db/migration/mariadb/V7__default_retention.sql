-- The site's default retention rules, for collections with none of their own (null: no such rule)
ALTER TABLE site_settings ADD COLUMN default_keep_tags INT NULL,
    ADD COLUMN default_unpulled_days INT NULL,
    ADD COLUMN default_untagged_days INT NULL;
