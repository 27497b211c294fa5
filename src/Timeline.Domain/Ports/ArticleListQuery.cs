namespace Timeline.Domain.Ports;

/// <summary>Articles in publication order (then id), newest first unless ascending is asked for.</summary>
public sealed record ArticleListQuery(PageRequest Page, SortDirection Direction = SortDirection.Descending);
