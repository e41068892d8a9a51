-- X.509 signing certificates, bound to their uploaders, and the certificate authorities that vouch for them
CREATE TABLE signing_certificates (
    ID BIGINT NOT NULL AUTO_INCREMENT,
    fingerprint VARCHAR(64) NOT NULL,
    SUBJECT VARCHAR(1024) NOT NULL,
    ISSUER VARCHAR(1024) NOT NULL,
    EMAILS VARCHAR(1024) NOT NULL,
    not_before DATETIME NOT NULL,
    not_after DATETIME NOT NULL,
    PEM LONGTEXT NOT NULL,
    owner_id BIGINT NOT NULL,
    confirmed_email VARCHAR(255) NULL,
    UPLOADED DATETIME NOT NULL,
    revoked_at DATETIME NULL,
    revoked_by VARCHAR(64) NULL,
    PRIMARY KEY (ID),
    UNIQUE KEY uk_signing_certificate_fingerprint (fingerprint),
    CONSTRAINT FK_signing_certificates_owner_id FOREIGN KEY (owner_id) REFERENCES user_accounts (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
ALTER TABLE site_settings ADD COLUMN signing_authorities LONGTEXT NULL;
