-- Quotas in bytes an admin set for one account: null is the registry's default, -1 unlimited
ALTER TABLE USER_ACCOUNTS ADD COLUMN QUOTA_BYTES BIGINT;
ALTER TABLE TEAMS ADD COLUMN QUOTA_BYTES BIGINT;
