namespace Timeline.Api.Resolvers;

/// <summary>The runtime values of the <c>Direction</c> enum.</summary>
internal enum RelationDirection
{
    Outgoing,
    Incoming,
}
