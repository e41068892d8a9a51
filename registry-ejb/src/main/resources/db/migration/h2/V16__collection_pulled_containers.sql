-- How many of each collection's containers were pulled at least once, kept as pulls are counted and containers
-- removed, so that the downloads page counts its ranked containers without reading every container
ALTER TABLE COLLECTIONS ADD COLUMN PULLED_CONTAINERS BIGINT DEFAULT 0 NOT NULL;
UPDATE COLLECTIONS SET PULLED_CONTAINERS =
    (SELECT COUNT(*) FROM CONTAINERS K WHERE K.COLLECTION_ID = COLLECTIONS.ID AND K.DOWNLOAD_COUNT > 0);
