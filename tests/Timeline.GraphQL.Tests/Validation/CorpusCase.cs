using System.Globalization;

namespace Timeline.GraphQL.Tests.Validation;

/// <summary>One case of the corpus: a rule run alone on a query against a schema, and the errors graphql-js reports.</summary>
internal sealed record CorpusCase(string Name, string Rule, string Schema, string Query, IReadOnlyList<CorpusError> Errors)
{
    public static CorpusCase From(Dictionary<string, object> entry, string file)
    {
        string Text(string key) => entry.TryGetValue(key, out var value) && value is string text
            ? text
            : throw new InvalidDataException($"{file}: a case has no text \"{key}\".");

        var errors = entry.TryGetValue("errors", out var list) && list is List<object> items
            ? items.Select(item => CorpusError.From(item, file)).ToList()
            : throw new InvalidDataException($"{file}: case \"{Text("name")}\" has no \"errors\" list.");
        return new CorpusCase(Text("name"), Text("rule"), Text("schema"), Text("query"), errors);
    }
}

/// <summary>An expected error: graphql-js's message and its locations as <c>line:column</c>.</summary>
internal sealed record CorpusError(string Message, IReadOnlyList<string> Locations)
{
    public static CorpusError From(object item, string file)
    {
        if (item is not Dictionary<object, object> error || error.GetValueOrDefault("message") is not string message)
        {
            throw new InvalidDataException($"{file}: an expected error has no message.");
        }

        var locations = error.GetValueOrDefault("locations") is List<object> points
            ? points.Select(point => point is Dictionary<object, object> p
                    ? $"{Number(p, "line", file)}:{Number(p, "column", file)}"
                    : throw new InvalidDataException($"{file}: a location of \"{message}\" is not a mapping."))
                .ToList()
            : [];
        return new CorpusError(message, locations);
    }

    private static int Number(Dictionary<object, object> point, string key, string file) =>
        point.GetValueOrDefault(key) is string text && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{file}: a location has no number \"{key}\".");
}
