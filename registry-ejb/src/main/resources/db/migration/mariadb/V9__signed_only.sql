-- Which images a collection takes (null: any; VERIFIED or MEMBERS: signed ones only)
ALTER TABLE collections ADD COLUMN signed_only VARCHAR(16) NULL;
-- Why the last upload of an image was refused, told when the client completes it
ALTER TABLE images ADD COLUMN refusal VARCHAR(1024) NULL;
