using System.Text;
using System.Text.Json.Nodes;
using Timeline.Export.Json;
using Xunit;

namespace Timeline.Export.Tests;

/// <summary>Bad import files: refused whole, before any write, each error at its JSON Pointer.</summary>
public sealed class ImportValidationTests
{
    public static TheoryData<string, string, string> Defects => new()
    {
        { "not an object", "[]", "(document): must be an object, not an array" },
        { "wrong format", "$.format = 'other'", "/format: is \"other\"; expected \"timeline-export\"" },
        { "newer version", "$.version = 2", "/version: is 2; this build reads version 1" },
        { "no articles", "delete $.articles", "/articles: is required" },
        { "graph not an object", "$.graph = []", "/graph: must be an object, not an array" },
        { "unknown member", "$.articles[0].article.autor = 'x'", "/articles/0/article/autor: unknown member \"autor\"; expected one of: id, url, title, publisher, published, language, contentHash" },
        { "empty title", "$.articles[1].article.title = ' '", "/articles/1/article/title: must not be empty" },
        { "bad date", "$.articles[0].article.published = '2021-02-30'", "/articles/0/article/published: \"2021-02-30\" is not a date (yyyy-MM-dd)" },
        { "hash in id", "$.articles[0].article.id = 'a#b'", "/articles/0/article/id: must not contain '#' (claim ids are \"{articleId}#{key}\")" },
        { "unknown kind", "$.articles[0].entities[0].kind = 'animal'", "/articles/0/entities/0/kind: \"animal\" is not an entity kind (person, organization, place)" },
        { "alias not a string", "$.articles[0].entities[0].aliases = [1]", "/articles/0/entities/0/aliases/0: must be a string, not a number" },
        { "precision disagrees", "$.articles[0].events[0].when.precision = 'year'", "/articles/0/events/0/when/precision: is \"year\", but" },
        { "bounds disagree", "$.articles[0].events[0].when.earliest = '1900-01-01'", "/articles/0/events/0/when: bounds 1900-01-01.." },
        { "bad time value", "$.articles[0].events[0].when.value = '2021-13'", "/articles/0/events/0/when/value: '2021-13': month 13 does not exist" },
        { "participant unknown", "$.articles[0].participations[0].entity = 'nobody'", "/articles/0/participations/0/entity: \"nobody\" is not an entity of this article" },
        { "relation type", "$.articles[0].relations[0].type = 'hates'", "/articles/0/relations/0/type: \"hates\" is not a relation between" },
        { "duplicate article", "$.articles[1].article.id = $.articles[0].article.id", "/articles/1/article/id: article" },
        { "decision word", "$.decisions = [{'mentionA':'a#x', 'mentionB':'b#y', 'decision':'maybe', 'note':null}]", "/decisions/0/decision: \"maybe\" is not one of: same, different" },
        { "decision on itself", "$.decisions = [{'mentionA':'a#x', 'mentionB':'a#x', 'decision':'same', 'note':null}]", "/decisions/0/mentionB: must name a different mention than mentionA" },
    };

    [Theory]
    [MemberData(nameof(Defects))]
    public async Task A_defect_is_refused_with_its_path_and_nothing_is_written(string defect, string change, string expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var stores = new ExportStores();
        var valid = await ExportStores.ExportAsync(await stores.SamplesAsync(ct), ExportFormats.Json, ct);
        var target = await stores.EmptyAsync(ct);

        var error = Assert.Throws<ImportValidationException>(() => Read(Apply(valid, change)));

        Assert.True(error.Errors.Any(e => e.ToString().StartsWith(expected, StringComparison.Ordinal)),
            $"{defect}: expected an error starting with {expected}, got:\n{error.Message}");
        Assert.StartsWith("The import file is invalid (", error.Message, StringComparison.Ordinal);
        Assert.Equal(new Domain.Ports.GraphCounts(0, 0, 0, 0), await target.CountAsync(ct));
    }

    [Fact]
    public void Text_that_is_not_json_names_the_line()
    {
        var error = Assert.Throws<ImportValidationException>(() => Read(Encoding.UTF8.GetBytes("{\n  \"format\": \"timeline-export\",\n  oops\n}")));

        var only = Assert.Single(error.Errors);
        Assert.Equal("", only.Path);
        Assert.StartsWith("not valid JSON at line 3,", only.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_error_of_a_file_is_reported_at_once()
    {
        var ct = TestContext.Current.CancellationToken;
        using var stores = new ExportStores();
        var valid = await ExportStores.ExportAsync(await stores.SamplesAsync(ct), ExportFormats.Json, ct);

        var error = Assert.Throws<ImportValidationException>(() =>
            Read(Apply(Apply(valid, "$.version = 7"), "$.articles[1].events[0].type = ''")));

        Assert.Equal(["/version", "/articles/1/events/0/type"], error.Errors.Select(e => e.Path));
    }

    [Fact]
    public async Task A_path_escapes_slash_and_tilde_in_member_names()
    {
        var ct = TestContext.Current.CancellationToken;
        using var stores = new ExportStores();
        var valid = await ExportStores.ExportAsync(await stores.SamplesAsync(ct), ExportFormats.Json, ct);

        var error = Assert.Throws<ImportValidationException>(() => Read(Apply(valid, "$.articles[0].entities[0].externalIds['a/b~c'] = 5")));

        Assert.Equal("/articles/0/entities/0/externalIds/a~1b~0c", Assert.Single(error.Errors).Path);
    }

    private static Domain.Ports.StoredClaims Read(byte[] json) => ExportJsonReader.Read(json);

    /// <summary>Applies one edit written as "$.path = value" (value a JSON literal or another $.path), or "delete $.path", or a whole new document.</summary>
    private static byte[] Apply(byte[] json, string change)
    {
        if (!change.StartsWith('$') && !change.StartsWith("delete ", StringComparison.Ordinal)) return Encoding.UTF8.GetBytes(change);
        var root = JsonNode.Parse(json)!;
        if (change.StartsWith("delete ", StringComparison.Ordinal))
        {
            var (parent, name, _, _) = Locate(root, change["delete ".Length..]);
            ((JsonObject)parent).Remove(name!);
        }
        else
        {
            var parts = change.Split(" = ", 2);
            var value = parts[1].StartsWith('$') ? Locate(root, parts[1]).Value!.DeepClone() : JsonNode.Parse(parts[1].Replace('\'', '"'));
            var (parent, name, index, _) = Locate(root, parts[0]);
            if (name is not null) parent[name] = value;
            else parent[index] = value;
        }
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static (JsonNode Parent, string? Name, int Index, JsonNode? Value) Locate(JsonNode root, string path)
    {
        // Steps: .name, [n] or ['name'].
        var steps = System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.(\w+)|\[(\d+)\]|\['([^']*)'\]")
            .Select(m => m.Groups[1].Success ? (Name: m.Groups[1].Value, Index: -1) : m.Groups[3].Success ? (Name: m.Groups[3].Value, Index: -1) : (Name: (string?)null, Index: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var node = root;
        for (var i = 0; i < steps.Count - 1; i++) node = steps[i].Name is { } n ? node[n]! : node[steps[i].Index]!;
        var last = steps[^1];
        var value = last.Name is { } name ? (node as JsonObject)?[name] : node[last.Index];
        return (node, last.Name, last.Index, value);
    }
}
