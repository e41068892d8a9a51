-- The audit trail: who did what, when, from where, to what, with which outcome. Times to the microsecond, so that
-- the events of one second keep their order.
CREATE TABLE `audit_events` (
  `ID` bigint(20) NOT NULL AUTO_INCREMENT,
  `ACTION` varchar(32) NOT NULL,
  `ACTOR` varchar(255) DEFAULT NULL,
  `event_at` datetime(6) NOT NULL,
  `client_address` varchar(64) DEFAULT NULL,
  `DETAIL` varchar(512) DEFAULT NULL,
  `DIGEST` varchar(80) DEFAULT NULL,
  `OUTCOME` varchar(16) NOT NULL,
  `TARGET` varchar(512) DEFAULT NULL,
  `user_agent` varchar(512) DEFAULT NULL,
  PRIMARY KEY (`ID`),
  KEY `ix_audit_at` (`event_at` DESC,`ID` DESC),
  KEY `ix_audit_actor` (`ACTOR`,`event_at` DESC)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
