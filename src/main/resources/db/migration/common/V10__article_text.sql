-- An article's text and term counts, in a table of their own. They are nine tenths of an article
-- row, and the database reads a row whole: listing a run's 100,000 articles for the briefing's
-- sources (title, outlet, date) read 590 MB of bodies and term counts only to drop them, a quarter
-- of rendering the briefing. Ingest, threading, labelling and the quoted articles read the text.
CREATE TABLE article_text (
    article_id  VARCHAR(40)  NOT NULL PRIMARY KEY REFERENCES article (id) ON DELETE CASCADE,
    body        VARCHAR      NOT NULL,
    terms       VARCHAR      NOT NULL
);
INSERT INTO article_text (article_id, body, terms) SELECT id, body, terms FROM article;
ALTER TABLE article DROP COLUMN body;
ALTER TABLE article DROP COLUMN terms;
