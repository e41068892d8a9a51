-- Which images a collection takes (null: any; VERIFIED or MEMBERS: signed ones only)
ALTER TABLE COLLECTIONS ADD COLUMN SIGNED_ONLY CHARACTER VARYING(16);
-- Why the last upload of an image was refused, told when the client completes it
ALTER TABLE IMAGES ADD COLUMN REFUSAL CHARACTER VARYING(1024);
