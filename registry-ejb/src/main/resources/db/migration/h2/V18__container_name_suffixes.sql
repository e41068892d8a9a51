-- Every suffix of every container's name, so that a search for names containing a text reads the suffixes that
-- start with it (a range of this table's key) instead of scanning every name. No foreign key: the rows are written
-- and deleted with their container by the registry (ContainerNameIndex), and a key on container_id alone would
-- double the table.
CREATE TABLE CONTAINER_NAME_SUFFIXES (
    SUFFIX VARCHAR(128) NOT NULL,
    CONTAINER_ID BIGINT NOT NULL,
    PRIMARY KEY (SUFFIX, CONTAINER_ID)
);
INSERT INTO CONTAINER_NAME_SUFFIXES (SUFFIX, CONTAINER_ID)
    SELECT SUBSTRING(K.NAME, R.X), K.ID FROM CONTAINERS K JOIN SYSTEM_RANGE(1, 128) R ON R.X <= CHAR_LENGTH(K.NAME);
