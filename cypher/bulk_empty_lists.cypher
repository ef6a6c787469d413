// After a bulk import (graphbuild neo4j import): neo4j-admin cannot write an empty
// list, so a list property the loader writes as [] arrives missing. This sets it to
// [] on the nodes of one label that lack it, so both paths give the same graph.
// Only used for columns whose every row holds a list (the export checks it).
// $label: a label of the schema's allow-list; $key: the property.
MATCH (n:$($label))
WHERE n[$key] IS NULL
CALL (n) { SET n[$key] = [] } IN TRANSACTIONS OF 10000 ROWS;
