-- How many of each collection's containers were pulled at least once, kept as pulls are counted and containers
-- removed, so that the downloads page counts its ranked containers without reading every container
ALTER TABLE collections ADD COLUMN pulled_containers BIGINT NOT NULL DEFAULT 0;
UPDATE collections SET pulled_containers =
    (SELECT COUNT(*) FROM containers k WHERE k.collection_id = collections.id AND k.download_count > 0);
