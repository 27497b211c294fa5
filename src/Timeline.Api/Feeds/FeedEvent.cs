namespace Timeline.Api.Feeds;

/// <summary>An event as the feeds write it, read from the GraphQL API's answer.</summary>
public sealed record FeedEvent(
    string Id,
    string Type,
    string Title,
    string? Summary,
    FeedTime When,
    string? Place,
    IReadOnlyList<string> Tags,
    IReadOnlyList<FeedParticipant> Participants,
    IReadOnlyList<FeedSource> Sources,
    int SourceCount,
    IReadOnlyList<string> Conflicts);

/// <summary>When an event happened: the ISO value, its precision, and the days it may denote.</summary>
public sealed record FeedTime(string Value, string Precision, DateOnly Earliest, DateOnly Latest, string? Text);

/// <summary>An entity's part in an event.</summary>
public sealed record FeedParticipant(string Role, string Name, string Kind);

/// <summary>An article's report of an event, with the quote that says so.</summary>
public sealed record FeedSource(string Quote, string ArticleId, string ArticleTitle, string? Publisher, string? Url, DateOnly Published);
