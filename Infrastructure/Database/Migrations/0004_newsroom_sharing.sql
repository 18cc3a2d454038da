-- One row: the site's settings as a JSON document, so adding a setting needs no new column.
CREATE TABLE site_settings (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    document    TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL
);
