MERGE (s:TimelineSchema {name: 'timeline'})
SET s.version = $version
