using Microsoft.Extensions.Options;

namespace Timeline.Hosting;

/// <summary>Start-up validation: a wrong setting stops the process with a message naming the key.</summary>
public sealed class TimelineOptionsValidator : IValidateOptions<TimelineOptions>
{
    public ValidateOptionsResult Validate(string? name, TimelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
            failures.Add("Timeline:DataDirectory must name a folder.");
        else if (options.DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            failures.Add($"Timeline:DataDirectory '{options.DataDirectory}' is not a valid path.");
        if (!StoreKinds.All.Contains(options.Store, StringComparer.OrdinalIgnoreCase))
            failures.Add($"Timeline:Store is '{options.Store}'; expected one of: {string.Join(", ", StoreKinds.All)}.");
        if (options.Ingestion.MaxDocumentBytes is < 1024 or > 256 * 1024 * 1024)
            failures.Add($"Timeline:Ingestion:MaxDocumentBytes is {options.Ingestion.MaxDocumentBytes}; expected 1024 to 268435456.");
        if (options.Ingestion.PollInterval < TimeSpan.FromMilliseconds(50) || options.Ingestion.PollInterval > TimeSpan.FromHours(1))
            failures.Add($"Timeline:Ingestion:PollInterval is {options.Ingestion.PollInterval}; expected 00:00:00.050 to 01:00:00.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
