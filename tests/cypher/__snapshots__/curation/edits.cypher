// EDIT_STATEMENTS.lockSequence
// params: $name
MERGE (s:EditSequence {name: $name})
ON CREATE SET s.value = 0
SET s.lockedAt = datetime.transaction()
;

// EDIT_STATEMENTS.nextSequence
// params: $name
MATCH (s:EditSequence {name: $name})
SET s.value = s.value + 1
RETURN s.value AS seq
;

// EDIT_STATEMENTS.recordEdit
// params: $edit
CREATE (e:Edit {id: $edit.id})
SET e.seq = $edit.seq, e.at = datetime(), e.by = $edit.by, e.operation = $edit.operation,
    e.target = $edit.target, e.targets = $edit.targets, e.before = $edit.before, e.after = $edit.after
FOREACH (key IN $edit.targets | MERGE (t:EditTarget {id: key}) CREATE (e)-[:TOUCHED]->(t))
RETURN toString(e.at) AS at
;

// EDIT_STATEMENTS.editsCount
// params: (none)
MATCH (e:Edit) RETURN count(e) AS total
;

// EDIT_STATEMENTS.editsPage
// params: $offset, $limit
MATCH (e:Edit)
WHERE e.seq IS NOT NULL
WITH e ORDER BY e.seq DESC
SKIP $offset LIMIT $limit
RETURN e {.id, .seq, at: toString(e.at), .by, .operation, .target, .targets, .before, .after} AS e
;

// EDIT_STATEMENTS.historyCount
// params: $id
MATCH (:EditTarget {id: $id})<-[:TOUCHED]-(e:Edit)
RETURN count(e) AS total
;

// EDIT_STATEMENTS.historyPage
// params: $id, $offset, $limit
MATCH (:EditTarget {id: $id})<-[:TOUCHED]-(e:Edit)
WITH e ORDER BY e.seq DESC
SKIP $offset LIMIT $limit
RETURN e {.id, .seq, at: toString(e.at), .by, .operation, .target, .targets, .before, .after} AS e
;
