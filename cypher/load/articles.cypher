// Merge Article nodes. An article loaded twice with different metadata keeps, for each
// property, the value the rule of text properties picks whatever the order of the loads
// (a value over none, the longest, then the smallest: README "Graph model"), compared
// under the node's write lock (`SET a:Article`: the label is there on a matched node,
// nothing is written or counted). A property is written only when its value changes
// (see the note in entities_official.cypher), so loading the same articles again sets
// nothing and the result counters say so.
// $rows: [{id, title, url, published, lang, source}]
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a:Article
WITH a, {
       title: CASE WHEN a.title IS NULL OR [-size(row.title), row.title] < [-size(a.title), a.title]
                   THEN coalesce(row.title, a.title) ELSE a.title END,
       url: CASE WHEN a.url IS NULL OR [-size(row.url), row.url] < [-size(a.url), a.url]
                 THEN coalesce(row.url, a.url) ELSE a.url END,
       published: CASE WHEN a.published IS NULL
                         OR [-size(row.published), row.published] < [-size(a.published), a.published]
                       THEN coalesce(row.published, a.published) ELSE a.published END,
       lang: CASE WHEN a.lang IS NULL OR [-size(row.lang), row.lang] < [-size(a.lang), a.lang]
                  THEN coalesce(row.lang, a.lang) ELSE a.lang END,
       source: CASE WHEN a.source IS NULL OR [-size(row.source), row.source] < [-size(a.source), a.source]
                    THEN coalesce(row.source, a.source) ELSE a.source END
     } AS want
FOREACH (k IN [k IN keys(want) WHERE NOT coalesce(a[k] = want[k], a[k] IS NULL AND want[k] IS NULL)] |
  SET a[k] = want[k]);
