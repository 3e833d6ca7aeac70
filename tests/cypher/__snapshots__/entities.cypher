// ENTITY_BY_NAME
// params: $needle, $name
MATCH (n:Entity)
WHERE n.lookup CONTAINS $needle
WITH n
ORDER BY CASE WHEN toLower(n.name) = $name THEN 0 ELSE 1 END, size(n.name), n.id
LIMIT 1
RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n
;

// entities unfiltered count
// params: (none)
MATCH (n:Entity)
RETURN count(n) AS total
;

// entities unfiltered page
// params: $offset, $limit
MATCH (n:Entity)
WHERE n.name IS NOT NULL
WITH n ORDER BY n.name, n.id SKIP $offset LIMIT $limit
RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n
;

// entities type PERSON count
// params: (none)
MATCH (n:Person)
RETURN count(n) AS total
;

// entities type PERSON page
// params: $offset, $limit
MATCH (n:Person)
WHERE n.name IS NOT NULL
WITH n ORDER BY n.name, n.id SKIP $offset LIMIT $limit
RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n
;

// entities nameContains count
// params: $needle
MATCH (n:Entity)
WHERE n.lookup CONTAINS $needle
RETURN count(n) AS total
;

// entities nameContains page
// params: $needle, $offset, $limit
MATCH (n:Entity)
WHERE n.lookup CONTAINS $needle
WITH n ORDER BY n.name, n.id SKIP $offset LIMIT $limit
RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n
;

// entities type ORGANIZATION + nameContains count
// params: $needle
MATCH (n:Entity)
WHERE n:Organization AND n.lookup CONTAINS $needle
RETURN count(n) AS total
;

// entities type ORGANIZATION + nameContains page
// params: $needle, $offset, $limit
MATCH (n:Entity)
WHERE n:Organization AND n.lookup CONTAINS $needle
WITH n ORDER BY n.name, n.id SKIP $offset LIMIT $limit
RETURN n {.id, .name, .aliases, .description, .kind, labels: labels(n)} AS n
;
