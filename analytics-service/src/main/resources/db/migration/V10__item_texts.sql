-- Each item's question in nn, nb and en, from the round's instrument snapshot: the export's
-- codebook names what every column asked.
ALTER TABLE round_item
  ADD COLUMN text_nn TEXT NULL,
  ADD COLUMN text_nb TEXT NULL,
  ADD COLUMN text_en TEXT NULL;
