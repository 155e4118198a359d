-- 0010: the store's own identity, a random id made once.
--
-- An aggregate file of the learning loop names the store (workstation) that made it, so a
-- team report refuses the same workstation's counts twice (every count doubled, a hidden 3
-- shown as 6). A restored backup keeps the id: it is the same store. No personal data.

CREATE TABLE store_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    store_id    TEXT NOT NULL CHECK (length(store_id) = 32)
);
INSERT INTO store_identity (id, store_id) VALUES (1, lower(hex(randomblob(16))));
