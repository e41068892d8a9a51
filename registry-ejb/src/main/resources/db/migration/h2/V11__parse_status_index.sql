-- The parse-image backlog, counted for a gauge every 10 s and read by the job in id order, without a pass over every container
CREATE INDEX IX_CONTAINERS_PARSE_STATUS ON CONTAINERS(PARSE_STATUS, ID);
