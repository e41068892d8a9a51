-- Each collection's bytes (its containers' images and its OCI blob links), kept as they change, so that the sizes
-- page ranks and sums collections without reading every container
ALTER TABLE collections ADD COLUMN stored_bytes BIGINT NOT NULL DEFAULT 0;
UPDATE collections SET stored_bytes =
    COALESCE((SELECT SUM(k.image_size) FROM containers k WHERE k.collection_id = collections.id), 0)
    + COALESCE((SELECT SUM(b.blob_size) FROM artifact_blobs b WHERE b.collection_id = collections.id), 0);
