// Runs under the writer lock, so the next sequence number cannot be taken twice.
OPTIONAL MATCH (last:CurationAction)
WITH max(last.seq) AS seq
CREATE (c:CurationAction {seq: coalesce(seq, 0) + 1})
SET c += $action
