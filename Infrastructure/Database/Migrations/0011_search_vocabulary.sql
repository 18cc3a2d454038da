-- The words the search index holds, one row each: a search turns a prefix into the words that begin with it.
CREATE VIRTUAL TABLE article_search_vocabulary USING fts5vocab(article_search, 'row');
