UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id, e.type AS type, e.title AS title, e.summary AS summary, e.whenValue AS whenValue,
       e.whenPrecision AS whenPrecision, e.earliest AS earliest, e.latest AS latest, e.whenText AS whenText,
       e.placeId AS placeId, e.tags AS tags, e.sourceCount AS sourceCount
