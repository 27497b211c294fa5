using System.Net.Http.Json;
using System.Text.Json;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Schema;

/// <summary>Analysts read the schema in the IDE: every type, field, argument and enum value of ours has a description.</summary>
public sealed class SchemaDescriptionTests
{
    private const string Introspection = """
        {
          __schema {
            types {
              name description
              fields(includeDeprecated: true) { name description args { name description } }
              inputFields { name description }
              enumValues(includeDeprecated: true) { name description }
            }
          }
        }
        """;

    [Fact]
    public async Task Every_type_field_argument_and_enum_value_has_a_description()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query = Introspection }, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        var types = body.GetProperty("data").GetProperty("__schema").GetProperty("types").EnumerateArray()
            .Where(t => !t.GetProperty("name").GetString()!.StartsWith("__", StringComparison.Ordinal))
            .Where(t => t.GetProperty("name").GetString() is not ("String" or "Int" or "Float" or "Boolean" or "ID"))
            .ToList();

        var missing = new List<string>();
        foreach (var type in types)
        {
            var typeName = type.GetProperty("name").GetString()!;
            Check(type, typeName, missing);
            foreach (var field in Items(type, "fields"))
            {
                var fieldName = typeName + "." + field.GetProperty("name").GetString();
                Check(field, fieldName, missing);
                foreach (var arg in Items(field, "args")) Check(arg, fieldName + "(" + arg.GetProperty("name").GetString() + ")", missing);
            }

            foreach (var input in Items(type, "inputFields")) Check(input, typeName + "." + input.GetProperty("name").GetString(), missing);
            foreach (var value in Items(type, "enumValues")) Check(value, typeName + "." + value.GetProperty("name").GetString(), missing);
        }

        Assert.Contains(types, t => t.GetProperty("name").GetString() == "EventConnection");
        Assert.True(missing.Count == 0, "Without a description: " + string.Join(", ", missing));
    }

    private static List<JsonElement> Items(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list.EnumerateArray().ToList() : [];

    private static void Check(JsonElement element, string where, List<string> missing)
    {
        if (element.GetProperty("description").ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetProperty("description").GetString()))
            missing.Add(where);
    }
}
