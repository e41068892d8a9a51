-- The pulls of each day in public collections, kept as pulls are counted and collections change privacy or are
-- deleted, so that the chart of pulls over time reads one row a day instead of every container's
CREATE TABLE public_download_days (
    download_day DATE NOT NULL PRIMARY KEY,
    downloads BIGINT NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO public_download_days (download_day, downloads)
    SELECT d.download_day, SUM(d.downloads) FROM download_days d JOIN collections c ON c.id = d.collection_id
    WHERE c.private_collection = FALSE GROUP BY d.download_day;
