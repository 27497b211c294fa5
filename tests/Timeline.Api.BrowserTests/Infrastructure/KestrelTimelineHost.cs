using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Timeline.Api.BrowserTests.Infrastructure;

/// <summary>
/// The real host on a real Kestrel server on a free loopback port, with its own temporary data directory, so a
/// browser can reach it. Samples are off: the test ingests what it reads back.
/// </summary>
public sealed class KestrelTimelineHost : WebApplicationFactory<Program>
{
    public const string ApiKey = "browser-test-key-0123456789";

    public KestrelTimelineHost()
    {
        DataDirectory = Directory.CreateTempSubdirectory("timeline-browser-tests-").FullName;
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
    }

    public string DataDirectory { get; }

    /// <summary>Starts the server; its address, such as <c>http://127.0.0.1:40123</c>.</summary>
    public Uri Start()
    {
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("The server reports no addresses.");
        return new Uri(addresses.First());
    }

    /// <summary>Ingests a document through <c>POST /ingest</c> over the network, as a script would.</summary>
    public static async Task IngestAsync(Uri address, string document, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = address };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/ingest") { Content = new StringContent(document, Encoding.UTF8, "application/json") };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        using var response = await client.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"POST /ingest answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Timeline:DataDirectory", DataDirectory);
        builder.UseSetting("Timeline:Ingestion:LoadSamplesOnFirstStart", "false");
        builder.UseSetting("Timeline:ApiKeys:0", ApiKey);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a finishing background task: the temp folder is cleaned by the system.
        }
    }
}
