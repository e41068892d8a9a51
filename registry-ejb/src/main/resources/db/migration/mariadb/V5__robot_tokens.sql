-- Robot tokens: a token may reach chosen collections only, and may belong to a team through a robot account
-- that is a member of it (so it outlives the person who made it, who is kept as its creator)
ALTER TABLE user_accounts ADD COLUMN robot BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE api_tokens ADD COLUMN team_id BIGINT NULL,
    ADD COLUMN created_by_id BIGINT NULL,
    ADD CONSTRAINT FK_api_tokens_team_id FOREIGN KEY (team_id) REFERENCES teams (ID),
    ADD CONSTRAINT FK_api_tokens_created_by_id FOREIGN KEY (created_by_id) REFERENCES user_accounts (ID);
CREATE TABLE api_token_collections (
    token_id BIGINT NOT NULL,
    collection_name VARCHAR(128) NOT NULL,
    PRIMARY KEY (token_id, collection_name),
    CONSTRAINT FK_api_token_collections_token_id FOREIGN KEY (token_id) REFERENCES api_tokens (ID)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin;
