-- Each topic's and each label's count of the containers in public collections that carry it, kept as they change,
-- so that the topics and labels pages read one row per topic or label instead of every container a visitor may see
ALTER TABLE topic_tags ADD COLUMN public_carriers BIGINT NOT NULL DEFAULT 0;
UPDATE topic_tags SET public_carriers = (SELECT COUNT(*) FROM container_topic_tags x
    JOIN containers k ON k.id = x.container_id JOIN collections c ON c.id = k.collection_id
    WHERE x.topic_tag_id = topic_tags.id AND c.private_collection = FALSE);
ALTER TABLE labels ADD COLUMN public_carriers BIGINT NOT NULL DEFAULT 0;
UPDATE labels SET public_carriers = (SELECT COUNT(*) FROM container_labels x
    JOIN containers k ON k.id = x.container_id JOIN collections c ON c.id = k.collection_id
    WHERE x.label_id = labels.id AND c.private_collection = FALSE);
