// After a bulk import (graphbuild neo4j import): neo4j-admin cannot write an empty
// list, so a list property the loader writes as [] arrives missing. This sets the
// missing ones to [] on the nodes of one label, every key in one pass (a node is
// read and written once, however many of its lists are empty), so both paths give
// the same graph. Only used for columns whose every row holds a list (the export
// checks it), so a missing value there always was an empty list.
// `{label}`: a label of the schema's allow-list, written in by graphbuild (a label
// given as a parameter, n:$($label), is planned as a scan of every node in 5.26;
// a literal label reads only that label's nodes); $keys: the properties.
MATCH (n:`{label}`)
WHERE any(k IN $keys WHERE n[k] IS NULL)
CALL (n) {
  FOREACH (k IN [k IN $keys WHERE n[k] IS NULL] | SET n[k] = [])
} IN TRANSACTIONS OF $batch ROWS;
