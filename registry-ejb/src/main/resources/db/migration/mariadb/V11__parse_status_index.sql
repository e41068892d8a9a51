-- The parse-image backlog, counted for a gauge every 10 s and read by the job in id order, without a pass over every container
CREATE INDEX ix_containers_parse_status ON containers (parse_status, ID);
