-- The keystore: users' OpenPGP public keys, and the keystore's judgement of each image signature
CREATE TABLE pgp_keys (
    ID BIGINT NOT NULL AUTO_INCREMENT,
    fingerprint VARCHAR(64) NOT NULL,
    key_id VARCHAR(16) NOT NULL,
    ALGORITHM INT NOT NULL,
    BITS INT NOT NULL,
    key_created DATETIME NOT NULL,
    key_expires DATETIME NULL,
    user_ids VARCHAR(4000) NOT NULL,
    ARMORED LONGTEXT NOT NULL,
    owner_id BIGINT NOT NULL,
    confirmed_email VARCHAR(255) NULL,
    UPLOADED DATETIME NOT NULL,
    revoked_at DATETIME NULL,
    revoked_by VARCHAR(64) NULL,
    PRIMARY KEY (ID),
    UNIQUE KEY uk_pgp_key_fingerprint (fingerprint),
    KEY ix_pgp_keys_key_id (key_id),
    CONSTRAINT FK_pgp_keys_owner_id FOREIGN KEY (owner_id) REFERENCES user_accounts (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
ALTER TABLE container_signatures ADD COLUMN trust VARCHAR(16) NULL,
    ADD COLUMN signed_by VARCHAR(64) NULL,
    ADD COLUMN signer_identity VARCHAR(255) NULL,
    ADD COLUMN identity_confirmed BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN message LONGTEXT NULL,
    ADD KEY ix_container_signatures_signer (signer);
