// Merge Article nodes. A property is written only when its value changes (see
// the note in entities_official.cypher), so loading the same articles again
// sets nothing and the result counters say so.
// $rows: [{id, title, url, published, lang, source}]
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH a, row {.title, .url, .published, .lang, .source} AS want
FOREACH (k IN [k IN keys(want) WHERE NOT coalesce(a[k] = want[k], a[k] IS NULL AND want[k] IS NULL)] |
  SET a[k] = want[k]);
