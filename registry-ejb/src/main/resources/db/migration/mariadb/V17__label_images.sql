-- Per label and image version, how many containers in public collections carry both, and per label how many such
-- images there are, kept as containers and privacy change, so that a key's values count their images without
-- reading every carrier. No foreign key to labels: a label is made in the transaction that reads an image, and the
-- rows of its images are made in transactions of their own before that one commits.
CREATE TABLE label_images (
    id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    label_id BIGINT NOT NULL,
    version VARCHAR(71) NOT NULL,
    public_carriers BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT uk_label_image UNIQUE (label_id, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
INSERT INTO label_images (label_id, version, public_carriers)
    SELECT x.label_id, k.version, COUNT(*) FROM container_labels x JOIN containers k ON k.id = x.container_id
    JOIN collections c ON c.id = k.collection_id WHERE c.private_collection = FALSE GROUP BY x.label_id, k.version;
ALTER TABLE labels ADD COLUMN public_images BIGINT NOT NULL DEFAULT 0;
UPDATE labels SET public_images =
    (SELECT COUNT(*) FROM label_images i WHERE i.label_id = labels.id AND i.public_carriers > 0);
