MATCH (s:TimelineSchema {name: 'timeline'})
RETURN s.version AS version
