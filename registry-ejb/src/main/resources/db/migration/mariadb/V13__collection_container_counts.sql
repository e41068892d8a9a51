-- Each collection's count of its containers, kept as they are added and removed, so that the home page counts the
-- containers a visitor may see by their collections instead of reading every container
ALTER TABLE collections ADD COLUMN container_count BIGINT NOT NULL DEFAULT 0;
UPDATE collections SET container_count = (SELECT COUNT(*) FROM containers k WHERE k.collection_id = collections.id);
