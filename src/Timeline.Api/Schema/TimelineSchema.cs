using Timeline.Api.Resolvers;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Domain.Time;
using Timeline.GraphQL.Building;
using Timeline.Ingestion.Pipeline;
using GraphQLSchema = Timeline.GraphQL.Types.Schema;

namespace Timeline.Api.Schema;

/// <summary>The timeline schema: the SDL contract in <c>timeline.graphql</c> with its resolvers bound by type and field name.</summary>
public static class TimelineSchema
{
    private const string ResourceName = "Timeline.Api.Schema.timeline.graphql";

    /// <summary>The schema's SDL text, as embedded in the assembly.</summary>
    public static string ReadSdl()
    {
        using var stream = typeof(TimelineSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from {typeof(TimelineSchema).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Builds the schema; every name the resolvers bind is checked against the SDL.</summary>
    public static GraphQLSchema Build()
    {
        var options = new SdlBuildOptions();
        options.Scalars["Date"] = DateScalar.Create();
        options.Scalars["JSON"] = JsonScalar.Create();
        options.EnumValues["DatePrecision"] = new()
        {
            ["DAY"] = DatePrecision.Day, ["WEEK"] = DatePrecision.Week, ["MONTH"] = DatePrecision.Month,
            ["QUARTER"] = DatePrecision.Quarter, ["YEAR"] = DatePrecision.Year,
        };
        options.EnumValues["EntityKind"] = new()
        {
            ["PERSON"] = EntityKind.Person, ["ORGANIZATION"] = EntityKind.Organization, ["PLACE"] = EntityKind.Place,
        };
        options.EnumValues["TimelineOrder"] = new() { ["ASC"] = SortDirection.Ascending, ["DESC"] = SortDirection.Descending };
        options.EnumValues["Direction"] = new() { ["OUTGOING"] = RelationDirection.Outgoing, ["INCOMING"] = RelationDirection.Incoming };
        options.EnumValues["IngestStatus"] = new()
        {
            ["CREATED"] = IngestReportStatus.Created, ["UPDATED"] = IngestReportStatus.Updated,
            ["UNCHANGED"] = IngestReportStatus.Unchanged, ["REJECTED"] = IngestReportStatus.Rejected,
        };
        options.EnumValues["MergeEvidenceKind"] = new()
        {
            ["EXTERNAL_ID"] = MergeEvidenceKind.ExternalId, ["NAME_KEY"] = MergeEvidenceKind.NameKey,
            ["SAME_AS"] = MergeEvidenceKind.SameAs, ["CURATOR_DECISION"] = MergeEvidenceKind.CuratorDecision,
        };
        foreach (var name in new[] { "Node", "Entity", "SearchResult" })
        {
            options.TypeResolvers[name] = AbstractTypes.Resolve;
        }

        options.Resolvers["Query"] = QueryResolvers.Create();
        options.Resolvers["Mutation"] = MutationResolvers.Create();
        options.Resolvers["Event"] = EventResolvers.Create();
        options.Resolvers["Person"] = PersonResolvers.Create();
        options.Resolvers["Organization"] = EntityResolvers.Create();
        options.Resolvers["Place"] = PlaceResolvers.Create();
        options.Resolvers["Article"] = ArticleResolvers.Create();
        options.Resolvers["Claim"] = ClaimResolvers.Create();
        options.Resolvers["Participation"] = ParticipationResolvers.Create();
        options.Resolvers["EventRelation"] = RelationLinkResolvers.Create("event", StoreLoaders.EventAsync);
        options.Resolvers["EntityRelation"] = EntityRelationResolvers.Create();
        options.Resolvers["ConflictValue"] = ConflictValueResolvers.Create();
        options.Resolvers["EventConnection"] = ConnectionResolvers.ForEvents();
        options.Resolvers["EntityConnection"] = ConnectionResolvers.ForEntities();
        options.Resolvers["ArticleConnection"] = ConnectionResolvers.ForArticles();
        options.Resolvers["GraphNode"] = GraphNodeResolvers.Create();
        options.Resolvers["GraphEdge"] = GraphEdgeResolvers.Create();
        options.Resolvers["Path"] = ResolverMap.Renaming<GraphPath>("length", p => p.Hops);
        options.Resolvers["GraphStats"] = GraphStatsResolvers.Create();
        options.Resolvers["IngestReport"] = IngestReportResolvers.Create();
        options.Resolvers["IngestError"] = ResolverMap.Renaming<IngestError>("path", e => e.Pointer);
        options.Resolvers["MergeCandidate"] = MergeCandidateResolvers.Create();
        options.Resolvers["Merge"] = MergeResolvers.Create();
        options.Resolvers["MergeSide"] = MergeSideResolvers.Create();
        options.Resolvers["MergeEvidence"] = ResolverMap.Renaming<MergeEvidence>("mentions", e => e.MentionIds);
        return SdlSchemaBuilder.Build(ReadSdl(), options);
    }
}
