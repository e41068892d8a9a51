-- Every suffix of every container's name, so that a search for names containing a text reads the suffixes that
-- start with it (a range of this table's key) instead of scanning every name. No foreign key: the rows are written
-- and deleted with their container by the registry (ContainerNameIndex), and a key on container_id alone would
-- double the table.
CREATE TABLE container_name_suffixes (
    suffix VARCHAR(128) NOT NULL,
    container_id BIGINT NOT NULL,
    PRIMARY KEY (suffix, container_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO container_name_suffixes (suffix, container_id)
    SELECT SUBSTRING(k.name, s.seq), k.id FROM containers k JOIN seq_1_to_128 s ON s.seq <= CHAR_LENGTH(k.name);
