-- Comments are read a page at a time in alphabetical order (so that their order says nothing about
-- who wrote them or when): sort_text orders them, comment_key breaks ties and is the cursor a page
-- hands on. The key is a hash of the response and module, so a cursor never names a response.
-- Both are generated, so every writer of response_comment keeps them right without knowing them.
ALTER TABLE response_comment
  ADD COLUMN sort_text VARCHAR(150) COLLATE utf8mb4_unicode_ci AS (LEFT(text, 150)) STORED,
  ADD COLUMN comment_key CHAR(64) CHARACTER SET ascii COLLATE ascii_bin
    AS (SHA2(CONCAT(response_id, '/', module), 256)) STORED,
  ADD KEY response_comment_in_order (round_id, unit, sort_text, comment_key),
  ADD UNIQUE KEY response_comment_by_key (comment_key);
