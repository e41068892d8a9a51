-- The pulls of each day in public collections, kept as pulls are counted and collections change privacy or are
-- deleted, so that the chart of pulls over time reads one row a day instead of every container's
CREATE TABLE PUBLIC_DOWNLOAD_DAYS (
    DOWNLOAD_DAY DATE NOT NULL PRIMARY KEY,
    DOWNLOADS BIGINT NOT NULL
);
INSERT INTO PUBLIC_DOWNLOAD_DAYS (DOWNLOAD_DAY, DOWNLOADS)
    SELECT D.DOWNLOAD_DAY, SUM(D.DOWNLOADS) FROM DOWNLOAD_DAYS D JOIN COLLECTIONS C ON C.ID = D.COLLECTION_ID
    WHERE C.PRIVATE_COLLECTION = FALSE GROUP BY D.DOWNLOAD_DAY;
