// Merge Official nodes (also labelled :Entity). Several loads merge into one node by a rule
// that does not depend on their order (README "Graph model", graphbuild/merge.py):
// a text property (name, country, title, kind, name_en) keeps, of the values loaded,
// a value over none, then the longest, then the smallest in string order
// (`[-size(x), x]` compared as lists); the other names become aliases; lists are
// merged and sorted; confidence keeps the maximum.
// `SET n:Entity` comes before any property is read: it takes the node's write lock
// (a label already there is not written again and counts nothing), so a concurrent
// load that wrote the node first has committed before this one compares with it.
// Only the properties whose value changes are written: `want` holds every
// property's new value and the FOREACH sets the keys that differ from the node
// (null on both sides counts as equal). Loading the same graph twice therefore
// changes nothing, and the server's counters report 0 properties set.
// $rows: [{id, name, aliases, merges, search_terms, country, title, kind, name_en, confidence}]
UNWIND $rows AS row
MERGE (n:Official {id: row.id})
SET n:Entity
WITH n, row,
     CASE WHEN n.name IS NULL OR [-size(row.name), row.name] < [-size(n.name), n.name]
          THEN coalesce(row.name, n.name) ELSE n.name END AS name
WITH n, row, name,
     COLLECT {
       UNWIND coalesce(n.aliases, []) + row.aliases + [row.name, n.name] AS x
       WITH DISTINCT x WHERE x IS NOT NULL AND x <> name
       RETURN x ORDER BY x } AS aliases,
     COLLECT {
       UNWIND coalesce(n.search_terms, []) + row.search_terms AS x
       WITH DISTINCT x RETURN x ORDER BY x } AS search_terms
WITH n, {
       name: name,
       country: CASE WHEN n.country IS NULL
                       OR [-size(row.country), row.country] < [-size(n.country), n.country]
                     THEN coalesce(row.country, n.country) ELSE n.country END,
       title: CASE WHEN n.title IS NULL
                     OR [-size(row.title), row.title] < [-size(n.title), n.title]
                   THEN coalesce(row.title, n.title) ELSE n.title END,
       kind: CASE WHEN n.kind IS NULL
                    OR [-size(row.kind), row.kind] < [-size(n.kind), n.kind]
                  THEN coalesce(row.kind, n.kind) ELSE n.kind END,
       name_en: CASE WHEN n.name_en IS NULL
                       OR [-size(row.name_en), row.name_en] < [-size(n.name_en), n.name_en]
                     THEN coalesce(row.name_en, n.name_en) ELSE n.name_en END,
       confidence: CASE WHEN n.confidence IS NULL OR row.confidence > n.confidence
                        THEN row.confidence ELSE n.confidence END,
       aliases: aliases,
       merges: COLLECT {
         UNWIND coalesce(n.merges, []) + row.merges AS x
         WITH DISTINCT x RETURN x ORDER BY x },
       search_terms: search_terms,
       aliases_text: reduce(s = '', x IN aliases | s + CASE s WHEN '' THEN '' ELSE ' | ' END + x),
       search_text: reduce(s = '', x IN search_terms | s + CASE s WHEN '' THEN '' ELSE ' | ' END + x)
     } AS want
FOREACH (k IN [k IN keys(want) WHERE NOT coalesce(n[k] = want[k], n[k] IS NULL AND want[k] IS NULL)] |
  SET n[k] = want[k]);
