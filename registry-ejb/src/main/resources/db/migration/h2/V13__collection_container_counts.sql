-- Each collection's count of its containers, kept as they are added and removed, so that the home page counts the
-- containers a visitor may see by their collections instead of reading every container
ALTER TABLE COLLECTIONS ADD COLUMN CONTAINER_COUNT BIGINT DEFAULT 0 NOT NULL;
UPDATE COLLECTIONS SET CONTAINER_COUNT = (SELECT COUNT(*) FROM CONTAINERS K WHERE K.COLLECTION_ID = COLLECTIONS.ID);
