using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Cli.Curation;

/// <summary>Writes a result as indented JSON (camelCase names, enums as camelCase strings) to the command's output.</summary>
public static class JsonOutput
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static async Task WriteAsync<T>(CliContext context, T value)
    {
        ArgumentNullException.ThrowIfNull(context);
        var writer = context.Out.Profile.Out.Writer;
        await writer.WriteLineAsync(JsonSerializer.Serialize(value, Options));
        await writer.FlushAsync();
    }
}
