// Merge Agency nodes (also labelled :Entity). Later loads add to what is there:
// the first name stays the name (other names become aliases), lists are merged
// and sorted, empty fields are filled, confidence keeps the maximum, so
// loading the same graph twice changes nothing.
// $rows: [{id, name, aliases, merges, search_terms, country, title, kind, name_en, confidence}]
UNWIND $rows AS row
MERGE (n:Agency {id: row.id})
  ON CREATE SET n.name = row.name
SET n:Entity,
    n.country = coalesce(n.country, row.country),
    n.title = coalesce(n.title, row.title),
    n.kind = coalesce(n.kind, row.kind),
    n.name_en = coalesce(n.name_en, row.name_en),
    n.confidence = CASE WHEN n.confidence IS NULL OR row.confidence > n.confidence
                        THEN row.confidence ELSE n.confidence END
WITH n, row
SET n.aliases = COLLECT {
      UNWIND coalesce(n.aliases, []) + row.aliases + [row.name] AS x
      WITH DISTINCT x WHERE x <> n.name
      RETURN x ORDER BY x },
    n.merges = COLLECT {
      UNWIND coalesce(n.merges, []) + row.merges AS x
      WITH DISTINCT x RETURN x ORDER BY x },
    n.search_terms = COLLECT {
      UNWIND coalesce(n.search_terms, []) + row.search_terms AS x
      WITH DISTINCT x RETURN x ORDER BY x }
WITH n
SET n.aliases_text = reduce(s = '', x IN n.aliases | s + CASE s WHEN '' THEN '' ELSE ' | ' END + x),
    n.search_text = reduce(s = '', x IN n.search_terms | s + CASE s WHEN '' THEN '' ELSE ' | ' END + x);
