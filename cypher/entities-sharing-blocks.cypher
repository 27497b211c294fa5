UNWIND $blocks AS block
MATCH (:EntityBlock {value: block})<-[:IN_BLOCK]-(e:Entity)
RETURN block, e.id AS entityId
