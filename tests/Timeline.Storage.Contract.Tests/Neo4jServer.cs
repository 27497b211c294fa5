using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Timeline.Neo4j.QueryApi;
using Timeline.Storage.Neo4j;
using Xunit;

namespace Timeline.Storage.Contract.Tests;

/// <summary>
/// The Neo4j server the contract runs against, once per test class: the one NEO4J_URI, NEO4J_USER and
/// NEO4J_PASSWORD name; otherwise, when a Docker engine answers, a container of the compose file's Neo4j
/// image started here and removed afterwards; otherwise none, with the reason for the skip.
/// </summary>
public sealed partial class Neo4jServer : IAsyncLifetime
{
    private const string DefaultImage = "neo4j:5.26-community";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);

    private string? _containerId;

    /// <summary>The store options, or null when no server is available.</summary>
    public Neo4jStoreOptions? Options { get; private set; }

    /// <summary>Why there is no server; null when there is one.</summary>
    public string? SkipReason { get; private set; }

    public async ValueTask InitializeAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        var user = Environment.GetEnvironmentVariable("NEO4J_USER");
        var password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD");
        if (!string.IsNullOrEmpty(uri) && !string.IsNullOrEmpty(user) && !string.IsNullOrEmpty(password))
        {
            Options = new Neo4jStoreOptions { Uri = new Uri(uri), User = user, Password = password };
            return;
        }
        var info = await DockerCommand.RunAsync(["info", "--format", "{{.ServerVersion}}"], TimeSpan.FromSeconds(20), ct);
        if (!info.Ok)
        {
            SkipReason = $"Neo4j contract tests skipped: NEO4J_URI is not set and no Docker engine answers (docker info: {info.Output})";
            return;
        }
        await StartContainerAsync(ct);
    }

    private async Task StartContainerAsync(CancellationToken cancellationToken)
    {
        var port = FreePort();
        var secret = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));
        var image = ComposeImage() ?? DefaultImage;
        var run = await DockerCommand.RunAsync(
            ["run", "-d", "-p", $"127.0.0.1:{port}:7474", "-e", $"NEO4J_AUTH=neo4j/{secret}", image], TimeSpan.FromMinutes(10), cancellationToken);
        if (!run.Ok)
        {
            SkipReason = $"Neo4j contract tests skipped: docker could not start {image} ({run.Output})";
            return;
        }
        _containerId = run.Output.Split('\n').Last().Trim();
        var options = new Neo4jStoreOptions { Uri = new Uri($"http://127.0.0.1:{port}"), User = "neo4j", Password = secret };
        var deadline = DateTime.UtcNow + StartTimeout;
        string last = "no answer yet";
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var http = new HttpClient();
                var client = CleanClient(http, options);
                await client.RunAsync(new Neo4jQuery("RETURN 1"), cancellationToken);
                Options = options;
                return;
            }
            catch (Exception e) when (e is Neo4jException or Neo4jUnavailableException or Neo4jProtocolException or TimeoutException)
            {
                last = e.Message;
            }
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        }
        SkipReason = $"Neo4j contract tests skipped: the {image} container did not answer within {StartTimeout.TotalSeconds:0} s ({last})";
    }

    /// <summary>Empties the database: every node and relationship, in batches (constraints and indexes stay).</summary>
    public async Task EmptyAsync(CancellationToken cancellationToken)
    {
        var options = Options ?? throw new InvalidOperationException(SkipReason);
        using var http = new HttpClient();
        await CleanClient(http, options).RunAsync(
            new Neo4jQuery("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 1000 ROWS"), cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (_containerId is not null)
        {
            await DockerCommand.RunAsync(["rm", "-f", _containerId], TimeSpan.FromMinutes(1), CancellationToken.None);
        }
    }

    private static Neo4jQueryClient CleanClient(HttpClient http, Neo4jStoreOptions options) =>
        new(http, Microsoft.Extensions.Options.Options.Create(new Neo4jClientOptions
        {
            Endpoint = options.Uri!,
            User = options.User!,
            Password = options.Password!,
            Database = options.Database,
            MaxRetries = 0,
        }), NullLogger<Neo4jQueryClient>.Instance);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The Neo4j image docker-compose.yml pins, so the contract runs against what a deployment runs.</summary>
    private static string? ComposeImage()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var compose = Path.Combine(folder.FullName, "docker-compose.yml");
            if (!File.Exists(compose)) continue;
            var match = ImageLine().Match(File.ReadAllText(compose));
            return match.Success ? match.Groups[1].Value.Trim('"', '\'') : null;
        }
        return null;
    }

    [GeneratedRegex(@"image:\s*([""']?neo4j:[^\s""']+[""']?)", RegexOptions.CultureInvariant)]
    private static partial Regex ImageLine();
}
