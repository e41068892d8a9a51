-- Manifests other than a SIF's (container images, signatures) have no SIF layer. A database made before such content
-- was stored has the column NOT NULL, which create-or-extend-tables never relaxed; for any other, this changes nothing.
ALTER TABLE artifact_manifests MODIFY layer_version VARCHAR(71) NULL;
