-- Each collection's bytes (its containers' images and its OCI blob links), kept as they change, so that the sizes
-- page ranks and sums collections without reading every container
ALTER TABLE COLLECTIONS ADD COLUMN STORED_BYTES BIGINT DEFAULT 0 NOT NULL;
UPDATE COLLECTIONS SET STORED_BYTES =
    COALESCE((SELECT SUM(K.IMAGE_SIZE) FROM CONTAINERS K WHERE K.COLLECTION_ID = COLLECTIONS.ID), 0)
    + COALESCE((SELECT SUM(B.BLOB_SIZE) FROM ARTIFACT_BLOBS B WHERE B.COLLECTION_ID = COLLECTIONS.ID), 0);
