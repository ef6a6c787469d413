// Merge Article nodes.
// $rows: [{id, title, url, published, lang, source}]
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.url = row.url,
    a.published = row.published,
    a.lang = row.lang,
    a.source = row.source;
