using System.Text;
using Timeline.Ingestion.Validation;
using Xunit;

namespace Timeline.Ingestion.Tests.Validation;

/// <summary>
/// Values at the edges of the schema's patterns and formats, where a regular-expression engine or a
/// length count could differ between JavaScript and .NET: trailing line feeds, astral characters,
/// non-ASCII letters, calendar dates, numbers that equal 1. Both validators must agree on each.
/// </summary>
public sealed class AjvEdgeCaseTests
{
    private const string Template = """
        {
          "formatVersion": {VERSION},
          "article": { "id": "edge-case", "url": "{URL}", "title": "{TITLE}", "published": "{PUBLISHED}", "language": "{LANG}" },
          "entities": [ { "key": "{KEY}", "kind": "place", "name": "Baghdad", "externalIds": { "wikidata": "{QID}" }, "quote": "near Baghdad airport" } ],
          "events": [ { "key": "strike", "type": "airstrike", "title": "Strike", "when": { "value": "{VALUE}" }, "quote": "a US attack" } ]
        }
        """;

    private static readonly Dictionary<string, string> Defaults = new()
    {
        ["{VERSION}"] = "1",
        ["{URL}"] = "https://example.org/news/1",
        ["{TITLE}"] = "Title",
        ["{PUBLISHED}"] = "2021-04-07",
        ["{LANG}"] = "en",
        ["{KEY}"] = "baghdad",
        ["{QID}"] = "Q1530",
        ["{VALUE}"] = "2020-01",
    };

    private static readonly (string Placeholder, string Value)[] Cases =
    [
        ("{VERSION}", "1.0"), ("{VERSION}", "1e0"), ("{VERSION}", "2"), ("{VERSION}", "true"), ("{VERSION}", "\"1\""), ("{VERSION}", "0.1e1"),
        ("{URL}", "https://user@example.org:8080/p?q=1#f"), ("{URL}", "https://[::1]/x"), ("{URL}", "https://example.org/ä"),
        ("{URL}", "https://example.org/%zz"), ("{URL}", "https://example.org/\\n"), ("{URL}", "HTTPS://EXAMPLE.ORG/"),
        ("{URL}", "http:/example.org"), ("{URL}", "https://exa mple.org/"), ("{URL}", "https://example.org/a|b"),
        ("{TITLE}", new string('x', 500)), ("{TITLE}", new string('x', 501)),
        ("{TITLE}", string.Concat(Enumerable.Repeat("😀", 500))), ("{TITLE}", string.Concat(Enumerable.Repeat("😀", 501))),
        ("{TITLE}", ""), ("{TITLE}", " "),
        ("{PUBLISHED}", "2020-02-29"), ("{PUBLISHED}", "2021-02-29"), ("{PUBLISHED}", "1900-02-29"), ("{PUBLISHED}", "2000-02-29"),
        ("{PUBLISHED}", "2021-4-7"), ("{PUBLISHED}", "2021-04-07\\n"), ("{PUBLISHED}", "2021-04-07T00:00:00Z"), ("{PUBLISHED}", "2021-13-01"),
        ("{PUBLISHED}", "２０２１-04-07"),
        ("{LANG}", "pt-BR"), ("{LANG}", "zh-Hant-TW"), ("{LANG}", "sl-rozaj-biske"), ("{LANG}", "es-419"), ("{LANG}", "english"),
        ("{LANG}", "e"), ("{LANG}", "en\\n"), ("{LANG}", "en_US"),
        ("{KEY}", "a"), ("{KEY}", "abc-def-2"), ("{KEY}", "abc\\n"), ("{KEY}", "-abc"), ("{KEY}", "abc--def"), ("{KEY}", "ABC"),
        ("{KEY}", "ab c"), ("{KEY}", "café"), ("{KEY}", new string('k', 100)), ("{KEY}", new string('k', 101)),
        ("{QID}", "Q1"), ("{QID}", "Q0"), ("{QID}", "q1"), ("{QID}", "Q12\\n"), ("{QID}", "Q١٢"),
        ("{VALUE}", "2020"), ("{VALUE}", "2020-Q4"), ("{VALUE}", "2020-Q5"), ("{VALUE}", "2020-W53"), ("{VALUE}", "2020-W54"),
        ("{VALUE}", "2020-13"), ("{VALUE}", "2020-00"), ("{VALUE}", "2020-02-30"), ("{VALUE}", "2020-06/2021"), ("{VALUE}", "2020/"),
        ("{VALUE}", "20201"), ("{VALUE}", "2020\\n"), ("{VALUE}", "2020-01-01/2020-01-02/2020-01-03"), ("{VALUE}", "2020-1"),
    ];

    [Fact]
    public async Task Ajv_and_the_structural_layer_agree_on_every_edge_case()
    {
        var directory = Directory.CreateTempSubdirectory("article-facts-edge-");
        try
        {
            var files = new List<(string Path, string Case)>();
            for (var i = 0; i < Cases.Length; i++)
            {
                var (placeholder, value) = Cases[i];
                var json = Defaults.Aggregate(Template, (text, d) => text.Replace(d.Key, d.Key == placeholder ? value : d.Value, StringComparison.Ordinal));
                var path = Path.Combine(directory.FullName, $"case-{i:000}.json");
                await File.WriteAllTextAsync(path, json, new UTF8Encoding(false), TestContext.Current.CancellationToken);
                files.Add((path, $"{placeholder} = {value}"));
            }

            var ajv = await AjvRunner.RunAsync([.. files.Select(f => f.Path)], TestContext.Current.CancellationToken);

            var disagreements = files
                .Select(f => (f.Case, Ajv: ajv[f.Path], CSharp: ArticleFactsValidator.ValidateStructure(File.ReadAllBytes(f.Path))))
                .Where(v => v.Ajv.Valid != (v.CSharp.Count == 0))
                .Select(v => $"{v.Case}: ajv {(v.Ajv.Valid ? "valid" : "invalid (" + v.Ajv.Errors + ")")}, C# {(v.CSharp.Count == 0 ? "valid" : "invalid (" + string.Join("; ", v.CSharp) + ")")}")
                .ToList();
            Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
            Assert.Contains(files, f => ajv[f.Path].Valid);
            Assert.Contains(files, f => !ajv[f.Path].Valid);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
