-- Runs once, when the MySQL volume is created (docker-entrypoint-initdb.d). The services' account
-- may create and own every saman_* schema: saman_survey, saman_analytics and the fresh schema an
-- analytics rebuild (--rebuild --schema saman_analytics_rebuild) replays into.
GRANT ALL PRIVILEGES ON `saman\_%`.* TO 'saman'@'%';
FLUSH PRIVILEGES;
