-- The schema EclipseLink generated (create-or-extend-tables) before Flyway owned it, as mysqldump prints it from
-- MariaDB 10.11. JBeret's tables (JOB_INSTANCE, JOB_EXECUTION, STEP_EXECUTION, PARTITION_EXECUTION) are JBeret's
-- and not here. Foreign keys point at tables made later in the file.

SET FOREIGN_KEY_CHECKS = 0;

CREATE TABLE `api_tokens` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `CREATED` datetime NOT NULL,
  `expires_at` datetime DEFAULT NULL,
  `last_used` datetime DEFAULT NULL,
  `NAME` varchar(64) NOT NULL,
  `revoked_at` datetime DEFAULT NULL,
  `SCOPE` varchar(16) NOT NULL,
  `secret_hash` varchar(64) NOT NULL,
  `secret_salt` varchar(64) DEFAULT NULL,
  `owner_id` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_api_token_hash` (`secret_hash`),
  KEY `FK_api_tokens_owner_id` (`owner_id`),
  CONSTRAINT `FK_api_tokens_owner_id` FOREIGN KEY (`owner_id`) REFERENCES `user_accounts` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `artifact_blobs` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `CREATED` datetime NOT NULL,
  `NAME` varchar(128) NOT NULL,
  `blob_size` bigint(20) NOT NULL,
  `VERSION` varchar(71) NOT NULL,
  `collection_id` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_artifact_blob` (`collection_id`,`NAME`,`VERSION`),
  KEY `ix_artifact_blobs_version` (`VERSION`),
  CONSTRAINT `FK_artifact_blobs_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `artifact_manifests` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `artifact_type` varchar(255) DEFAULT NULL,
  `collection_name` varchar(128) NOT NULL,
  `CONTENT` longblob NOT NULL,
  `CREATED` datetime NOT NULL,
  `DIGEST` varchar(71) NOT NULL,
  `layer_version` varchar(71) DEFAULT NULL,
  `media_type` varchar(255) NOT NULL,
  `NAME` varchar(128) NOT NULL,
  `SUBJECT` varchar(71) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_artifact_manifest` (`collection_name`,`NAME`,`DIGEST`),
  KEY `ix_artifact_manifests_layer` (`collection_name`,`NAME`,`layer_version`),
  KEY `ix_artifact_manifests_subject` (`collection_name`,`NAME`,`SUBJECT`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `artifact_tags` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `manifest_digest` varchar(71) NOT NULL,
  `NAME` varchar(128) NOT NULL,
  `TAG` varchar(128) NOT NULL,
  `UPDATED` datetime NOT NULL,
  `collection_id` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_artifact_tag` (`collection_id`,`NAME`,`TAG`),
  CONSTRAINT `FK_artifact_tags_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `collection_contributors` (
  `collection_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`collection_id`,`user_id`),
  KEY `FK_collection_contributors_user_id` (`user_id`),
  CONSTRAINT `FK_collection_contributors_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`ID`),
  CONSTRAINT `FK_collection_contributors_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_accounts` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `collection_owners` (
  `collection_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`collection_id`,`user_id`),
  KEY `FK_collection_owners_user_id` (`user_id`),
  CONSTRAINT `FK_collection_owners_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`ID`),
  CONSTRAINT `FK_collection_owners_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_accounts` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `collection_teams` (
  `collection_id` bigint(20) NOT NULL,
  `team_id` bigint(20) NOT NULL,
  PRIMARY KEY (`collection_id`,`team_id`),
  KEY `FK_collection_teams_team_id` (`team_id`),
  CONSTRAINT `FK_collection_teams_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`ID`),
  CONSTRAINT `FK_collection_teams_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `collections` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `CREATED` datetime NOT NULL,
  `DESCRIPTION` varchar(4000) DEFAULT NULL,
  `download_count` bigint(20) NOT NULL,
  `NAME` varchar(128) NOT NULL,
  `private_collection` tinyint(1) NOT NULL DEFAULT 0,
  `star_count` bigint(20) NOT NULL,
  `UPDATED` datetime NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_collection_name` (`NAME`),
  KEY `ix_collections_stars` (`star_count`),
  KEY `ix_collections_downloads` (`download_count`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `container_labels` (
  `container_id` bigint(20) NOT NULL,
  `label_id` bigint(20) NOT NULL,
  PRIMARY KEY (`container_id`,`label_id`),
  KEY `FK_container_labels_label_id` (`label_id`),
  CONSTRAINT `FK_container_labels_container_id` FOREIGN KEY (`container_id`) REFERENCES `containers` (`ID`),
  CONSTRAINT `FK_container_labels_label_id` FOREIGN KEY (`label_id`) REFERENCES `labels` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `container_signatures` (
  `digest_check` varchar(16) NOT NULL,
  `hash_type` varchar(16) DEFAULT NULL,
  `signed_objects` varchar(255) DEFAULT NULL,
  `signer` varchar(64) DEFAULT NULL,
  `container_id` bigint(20) DEFAULT NULL,
  KEY `FK_container_signatures_container_id` (`container_id`),
  CONSTRAINT `FK_container_signatures_container_id` FOREIGN KEY (`container_id`) REFERENCES `containers` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `container_topic_tags` (
  `container_id` bigint(20) NOT NULL,
  `topic_tag_id` bigint(20) NOT NULL,
  PRIMARY KEY (`container_id`,`topic_tag_id`),
  KEY `FK_container_topic_tags_topic_tag_id` (`topic_tag_id`),
  CONSTRAINT `FK_container_topic_tags_container_id` FOREIGN KEY (`container_id`) REFERENCES `containers` (`ID`),
  CONSTRAINT `FK_container_topic_tags_topic_tag_id` FOREIGN KEY (`topic_tag_id`) REFERENCES `topic_tags` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `containers` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `ARCHITECTURE` varchar(32) DEFAULT NULL,
  `CREATED` datetime NOT NULL,
  `definition_file` longtext DEFAULT NULL,
  `download_count` bigint(20) NOT NULL,
  `FROZEN` tinyint(1) NOT NULL DEFAULT 0,
  `HELP` longtext DEFAULT NULL,
  `manifest_digest` varchar(71) DEFAULT NULL,
  `NAME` varchar(128) NOT NULL,
  `parse_error` varchar(1024) DEFAULT NULL,
  `parse_status` varchar(16) NOT NULL,
  `RUNSCRIPT` longtext DEFAULT NULL,
  `image_size` bigint(20) NOT NULL,
  `TAG` varchar(128) NOT NULL,
  `UPDATED` datetime NOT NULL,
  `VERSION` varchar(71) NOT NULL,
  `collection_id` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_container_ref` (`collection_id`,`NAME`,`TAG`),
  KEY `ix_containers_version` (`VERSION`),
  KEY `ix_containers_size` (`image_size` DESC,`ID` DESC),
  KEY `ix_containers_downloads` (`download_count` DESC,`ID` DESC),
  KEY `ix_containers_newest` (`UPDATED` DESC,`ID` DESC),
  CONSTRAINT `FK_containers_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `download_days` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `collection_id` bigint(20) NOT NULL,
  `container_id` bigint(20) NOT NULL,
  `download_day` date NOT NULL,
  `DOWNLOADS` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_download_day` (`container_id`,`download_day`),
  KEY `ix_download_days_collection` (`collection_id`,`download_day`),
  KEY `ix_download_days_day` (`download_day`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `download_events` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `container_id` bigint(20) NOT NULL,
  `COUNTED` tinyint(1) NOT NULL DEFAULT 0,
  `downloaded_at` datetime NOT NULL,
  `event_id` varchar(64) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_download_event` (`event_id`),
  KEY `ix_download_events_counted` (`COUNTED`,`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `images` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `CREATED` datetime NOT NULL,
  `created_by` varchar(255) NOT NULL,
  `NAME` varchar(128) NOT NULL,
  `image_size` bigint(20) NOT NULL,
  `UPLOADED` tinyint(1) NOT NULL DEFAULT 0,
  `VERSION` varchar(71) NOT NULL,
  `collection_id` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_image` (`collection_id`,`NAME`,`VERSION`),
  KEY `ix_images_version` (`VERSION`),
  CONSTRAINT `FK_images_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `labels` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `label_key` varchar(128) NOT NULL,
  `label_value` varchar(512) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_label` (`label_key`,`label_value`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `share_links` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `CREATED` datetime NOT NULL,
  `expires_at` datetime NOT NULL,
  `revoked_at` datetime DEFAULT NULL,
  `token_hash` varchar(64) NOT NULL,
  `container_id` bigint(20) NOT NULL,
  `created_by_id` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_share_token` (`token_hash`),
  KEY `FK_share_links_container_id` (`container_id`),
  KEY `FK_share_links_created_by_id` (`created_by_id`),
  CONSTRAINT `FK_share_links_container_id` FOREIGN KEY (`container_id`) REFERENCES `containers` (`ID`),
  CONSTRAINT `FK_share_links_created_by_id` FOREIGN KEY (`created_by_id`) REFERENCES `user_accounts` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `site_settings` (
  `ID` bigint(20) NOT NULL,
  `about_text` varchar(8000) DEFAULT NULL,
  `contact_email` varchar(512) DEFAULT NULL,
  `default_private` tinyint(1) NOT NULL DEFAULT 0,
  `help_link` varchar(512) DEFAULT NULL,
  `NAME` varchar(128) NOT NULL,
  `registry_id` varchar(12) DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `stars` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `CREATED` datetime NOT NULL,
  `collection_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_star` (`user_id`,`collection_id`),
  KEY `FK_stars_collection_id` (`collection_id`),
  CONSTRAINT `FK_stars_collection_id` FOREIGN KEY (`collection_id`) REFERENCES `collections` (`ID`),
  CONSTRAINT `FK_stars_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_accounts` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `team_members` (
  `team_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`team_id`,`user_id`),
  KEY `FK_team_members_user_id` (`user_id`),
  CONSTRAINT `FK_team_members_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`ID`),
  CONSTRAINT `FK_team_members_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_accounts` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `team_owners` (
  `team_id` bigint(20) NOT NULL,
  `user_id` bigint(20) NOT NULL,
  PRIMARY KEY (`team_id`,`user_id`),
  KEY `FK_team_owners_user_id` (`user_id`),
  CONSTRAINT `FK_team_owners_team_id` FOREIGN KEY (`team_id`) REFERENCES `teams` (`ID`),
  CONSTRAINT `FK_team_owners_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_accounts` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `teams` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `CREATED` datetime NOT NULL,
  `NAME` varchar(64) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_team_name` (`NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `topic_tags` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `NAME` varchar(64) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_topic_tag_name` (`NAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `upload_tickets` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `COLLECTION` varchar(128) NOT NULL,
  `expires_at` datetime NOT NULL,
  `NAME` varchar(128) NOT NULL,
  `TAG` varchar(128) NOT NULL,
  `USERNAME` varchar(255) NOT NULL,
  PRIMARY KEY (`ID`),
  KEY `ix_upload_ticket_expires` (`expires_at`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `user_accounts` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `CREATED` datetime NOT NULL,
  `display_name` varchar(255) DEFAULT NULL,
  `EMAIL` varchar(255) DEFAULT NULL,
  `last_sign_in` datetime DEFAULT NULL,
  `USERNAME` varchar(255) NOT NULL,
  PRIMARY KEY (`ID`),
  UNIQUE KEY `uk_user_username` (`USERNAME`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `user_roles` (
  `user_id` bigint(20) DEFAULT NULL,
  `role` varchar(16) NOT NULL,
  KEY `FK_user_roles_user_id` (`user_id`),
  CONSTRAINT `FK_user_roles_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_accounts` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

CREATE TABLE `user_sign_in_roles` (
  `user_id` bigint(20) DEFAULT NULL,
  `role` varchar(16) NOT NULL,
  KEY `FK_user_sign_in_roles_user_id` (`user_id`),
  CONSTRAINT `FK_user_sign_in_roles_user_id` FOREIGN KEY (`user_id`) REFERENCES `user_accounts` (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;

SET FOREIGN_KEY_CHECKS = 1;
