// Merge Official nodes (also labelled :Entity). Later loads add to what is there:
// the first name stays the name (other names become aliases), lists are merged
// and sorted, empty fields are filled, confidence keeps the maximum.
// Only the properties whose value changes are written: `want` holds every
// property's new value and the FOREACH sets the keys that differ from the node
// (null on both sides counts as equal). Loading the same graph twice therefore
// changes nothing, and the server's counters report 0 properties set.
// $rows: [{id, name, aliases, merges, search_terms, country, title, kind, name_en, confidence}]
UNWIND $rows AS row
MERGE (n:Official {id: row.id})
  ON CREATE SET n.name = row.name
SET n:Entity
WITH n, row,
     COLLECT {
       UNWIND coalesce(n.aliases, []) + row.aliases + [row.name] AS x
       WITH DISTINCT x WHERE x <> n.name
       RETURN x ORDER BY x } AS aliases,
     COLLECT {
       UNWIND coalesce(n.search_terms, []) + row.search_terms AS x
       WITH DISTINCT x RETURN x ORDER BY x } AS search_terms
WITH n, {
       country: coalesce(n.country, row.country),
       title: coalesce(n.title, row.title),
       kind: coalesce(n.kind, row.kind),
       name_en: coalesce(n.name_en, row.name_en),
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
