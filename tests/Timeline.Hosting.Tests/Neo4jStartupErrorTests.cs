using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Hosting;
using Xunit;

namespace Timeline.Hosting.Tests;

/// <summary>Start-up against a Neo4j that is not there, or that refuses the password: the message names the address and the cause.</summary>
public sealed class Neo4jStartupErrorTests
{
    [Fact]
    public async Task An_unreachable_neo4j_stops_start_up_naming_the_address()
    {
        var uri = $"http://127.0.0.1:{UnusedPort()}";
        using var services = StoreSelectionTests.Compose(Settings(uri));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            services.GetRequiredService<TimelineInitializer>().InitializeAsync(TestContext.Current.CancellationToken));

        Assert.StartsWith($"Neo4j at {uri} is unreachable:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Timeline:Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refused_credentials_stop_start_up_with_401_and_the_settings_to_check()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var uri = $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var server = AnswerUnauthorizedAsync(listener, stop.Token);
        using var services = StoreSelectionTests.Compose(Settings(uri));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            services.GetRequiredService<TimelineInitializer>().InitializeAsync(TestContext.Current.CancellationToken));
        await stop.CancelAsync();
        await server;

        Assert.Equal(
            $"Neo4j at {uri} rejected the credentials of user 'neo4j' (HTTP 401 Unauthorized). Check Timeline:Neo4j:User and Timeline:Neo4j:Password (NEO4J_AUTH on the server).",
            error.Message);
    }

    private static Dictionary<string, string?> Settings(string uri) => new()
    {
        ["Timeline:DataDirectory"] = Path.Combine(Path.GetTempPath(), "timeline-hosting-tests-" + Guid.NewGuid().ToString("N")),
        ["Timeline:Store"] = "neo4j",
        ["Timeline:Neo4j:Uri"] = uri,
        ["Timeline:Neo4j:User"] = "neo4j",
        ["Timeline:Neo4j:Password"] = "wrong-password",
    };

    private static int UnusedPort()
    {
        // A port that was free a moment ago and is closed again: nothing listens there.
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    /// <summary>Answers every request as Neo4j does to a wrong password: 401 with its error body.</summary>
    private static async Task AnswerUnauthorizedAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        const string body = """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""";
        var response = Encoding.ASCII.GetBytes(
            "HTTP/1.1 401 Unauthorized\r\nContent-Type: application/json\r\nWWW-Authenticate: Basic realm=\"Neo4j\"\r\n" +
            $"Content-Length: {body.Length}\r\nConnection: close\r\n\r\n{body}");
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                using var client = await listener.AcceptTcpClientAsync(cancellationToken);
                var stream = client.GetStream();
                var buffer = new byte[16384];
                var request = new StringBuilder();
                // Read the head and as much of the body as Content-Length says, then answer.
                while (true)
                {
                    var read = await stream.ReadAsync(buffer, cancellationToken);
                    if (read == 0) break;
                    request.Append(Encoding.ASCII.GetString(buffer, 0, read));
                    var text = request.ToString();
                    var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                    if (headEnd < 0) continue;
                    var length = ContentLength(text[..headEnd]);
                    if (text.Length - headEnd - 4 >= length) break;
                }
                await stream.WriteAsync(response, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            // The test is over.
        }
    }

    private static int ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                return int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        return 0;
    }
}
