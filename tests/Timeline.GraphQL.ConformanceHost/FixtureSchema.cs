using Timeline.GraphQL.Building;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.ConformanceHost;

/// <summary>The conformance fixture: <c>schema.graphql</c> over <c>data.json</c>, resolved by the rules of the fixture's README.</summary>
internal sealed class FixtureSchema
{
    private static readonly ValueTask<object?> Null = new((object?)null);
    private readonly FixtureData data;

    private FixtureSchema(FixtureData data, Schema schema)
    {
        this.data = data;
        Schema = schema;
    }

    public Schema Schema { get; }

    public static FixtureSchema Load(string schemaPath)
    {
        var data = FixtureData.Load(Path.Combine(Path.GetDirectoryName(schemaPath)!, "data.json"));
        FixtureSchema? fixture = null;
        var options = new SdlBuildOptions();
        options.Scalars["Date"] = DateScalar.Create();
        options.Resolvers["Query"] = new Dictionary<string, FieldResolver>(StringComparer.Ordinal)
        {
            ["node"] = c => new(data.Find(c.GetArgument<string>("id")!)),
            ["nodes"] = c => new(((IEnumerable<object?>)c.Arguments["ids"]!).Select(id => data.Find((string)id!)).ToList()),
            ["event"] = c => new(fixture!.EventById(c.GetArgument<string>("id")!)),
            ["find"] = c => new(fixture!.Find((IReadOnlyDictionary<string, object?>)c.Arguments["ref"]!)),
            ["echo"] = c => new(CanonicalJson.Write(c.Arguments)),
        };
        options.Resolvers["Mutation"] = new Dictionary<string, FieldResolver>(StringComparer.Ordinal)
        {
            ["append"] = c =>
            {
                var log = (MutationLog)c.Parent!;
                log.Entries.Add(c.GetArgument<string>("entry")!);
                return new(log.Entries.ToList());
            },
            ["failAppend"] = _ => throw new InvalidOperationException("fail: failAppend"),
        };
        var schema = SdlSchemaBuilder.Build(File.ReadAllText(schemaPath), options);
        fixture = new FixtureSchema(data, schema);
        return fixture;
    }

    /// <summary>Executor options carrying the fixture's default resolver and a fresh mutation log per request.</summary>
    public GraphQLExecutorOptions ExecutorOptions() => new()
    {
        DefaultFieldResolver = Resolve,
        RootValue = static (_, _) => new MutationLog(),
    };

    /// <summary>Rules 2, 4 and 7: the parent's property (root fields read <c>roots</c>), ids turned into records for composite types.</summary>
    private ValueTask<object?> Resolve(IResolveFieldContext context)
    {
        var name = context.FieldDefinition.Name;
        if (name is "fail" or "failNonNull")
        {
            throw new InvalidOperationException("fail: " + name);
        }

        object? value;
        if (context.Parent is MutationLog || context.ParentType == context.Schema.Query)
        {
            value = data.Roots.GetValueOrDefault(name);
        }
        else
        {
            value = context.Parent is IReadOnlyDictionary<string, object?> record ? record.GetValueOrDefault(name) : null;
        }

        if (value is null)
        {
            return Null;
        }

        return new(context.FieldDefinition.Type.GetNamedType().IsCompositeType ? ResolveRefs(value) : value);
    }

    private object? ResolveRefs(object? value)
    {
        switch (value)
        {
            case string id:
                return data.Find(id);
            case List<object?> items:
                var records = new object?[items.Count];
                for (var i = 0; i < records.Length; i++)
                {
                    records[i] = ResolveRefs(items[i]);
                }

                return records;
            default:
                return value;
        }
    }

    private Dictionary<string, object?>? EventById(string id) =>
        data.Find(id) is { } record && record.GetValueOrDefault("__typename") as string == "Event" ? record : null;

    private Dictionary<string, object?>? Find(IReadOnlyDictionary<string, object?> reference)
    {
        if (reference.TryGetValue("id", out var id))
        {
            return id is string text ? EventById(text) : null;
        }

        var title = reference.GetValueOrDefault("title") as string;
        var events = (List<object?>)data.Roots["events"]!;
        return events.Select(e => data.Find((string)e!)).FirstOrDefault(e => e?.GetValueOrDefault("title") as string == title);
    }
}
