UNWIND $ids AS id
MATCH (:Mention {id: id})<-[:HAS_PARTICIPANT|AT_PLACE]-(r:Report)
RETURN DISTINCT r.id AS reportId
