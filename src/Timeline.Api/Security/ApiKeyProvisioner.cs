using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Timeline.Api.Configuration;
using Timeline.Hosting;

namespace Timeline.Api.Security;

/// <summary>
/// Decides the keys that may write: the configured <c>Timeline:ApiKeys</c>, or else the one key kept in
/// <c>&lt;DataDirectory&gt;/api-key</c>, created on first start readable by the owner only. The log names the
/// file, never a key.
/// </summary>
public sealed partial class ApiKeyProvisioner(
    IOptions<ApiOptions> apiOptions,
    IOptions<TimelineOptions> timelineOptions,
    ILogger<ApiKeyProvisioner> logger)
{
    public const string FileName = "api-key";

    /// <summary>The key file of a data directory.</summary>
    public static string KeyFilePath(string dataDirectory) => Path.Combine(Path.GetFullPath(dataDirectory), FileName);

    public ApiKeySet Provision()
    {
        var configured = apiOptions.Value.ApiKeys;
        if (configured.Count > 0)
        {
            LogConfigured(logger, configured.Count);
            return new ApiKeySet(configured);
        }
        var path = KeyFilePath(timelineOptions.Value.DataDirectory);
        var key = ReadExisting(path);
        if (key is null)
        {
            key = CreateOrReadRacing(path);
            LogCreated(logger, path);
        }
        else
        {
            WarnIfShared(path);
            LogReused(logger, path);
        }
        return new ApiKeySet([key]);
    }

    private static string? ReadExisting(string path)
    {
        if (!File.Exists(path)) return null;
        var key = File.ReadAllText(path, Encoding.UTF8).Trim();
        if (key.Length < ApiOptionsValidator.MinimumKeyLength)
        {
            throw new InvalidOperationException(
                $"The API key file {path} holds no usable key (at least {ApiOptionsValidator.MinimumKeyLength} characters). " +
                "Delete it to have a new key created on the next start, or set Timeline:ApiKeys.");
        }
        return key;
    }

    private static string CreateOrReadRacing(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = NewKey();
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var writer = new StreamWriter(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), options);
            writer.Write(key + "\n");
            return key;
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process started on the same data directory created it first: use theirs.
            return ReadExisting(path) ?? throw new InvalidOperationException($"The API key file {path} vanished while it was being read.");
        }
    }

    /// <summary>256 random bits, base64url without padding: 43 characters safe in any header.</summary>
    private static string NewKey() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private void WarnIfShared(string path)
    {
        if (OperatingSystem.IsWindows()) return;
        var mode = File.GetUnixFileMode(path);
        const UnixFileMode others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
            | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;
        if ((mode & others) != 0) LogShared(logger, path);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Writes accept {Count} API keys from Timeline:ApiKeys")]
    private static partial void LogConfigured(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No Timeline:ApiKeys configured: created an API key for writes in {Path} (readable by its owner only)")]
    private static partial void LogCreated(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "No Timeline:ApiKeys configured: writes accept the API key in {Path}")]
    private static partial void LogReused(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The API key file {Path} is readable by other users; restrict it with chmod 600")]
    private static partial void LogShared(ILogger logger, string path);
}
