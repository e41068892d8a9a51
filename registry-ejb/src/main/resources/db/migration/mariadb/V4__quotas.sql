-- Quotas in bytes an admin set for one account: null is the registry's default, -1 unlimited
ALTER TABLE user_accounts ADD COLUMN quota_bytes BIGINT NULL;
ALTER TABLE teams ADD COLUMN quota_bytes BIGINT NULL;
