using System.Net;
using System.Net.Http.Headers;
using Timeline.Api.Security;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Host;

public sealed class ApiKeyFileTests
{
    [Fact]
    public async Task Without_configured_keys_one_key_file_is_created_owner_only_and_reused_on_the_next_start()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("timeline-api-key-").FullName;
        try
        {
            var keyFile = ApiKeyProvisioner.KeyFilePath(dataDirectory);
            string firstKey;
            await using (var first = new TimelineApiFactory(configureKey: false, dataDirectory: dataDirectory))
            {
                using var client = first.CreateClient();
                Assert.True(File.Exists(keyFile), $"{keyFile} should exist after the first start");
                firstKey = (await File.ReadAllTextAsync(keyFile, TestContext.Current.CancellationToken)).Trim();
                Assert.Equal(43, firstKey.Length);
                if (!OperatingSystem.IsWindows())
                {
                    Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
                }
            }

            await using var second = new TimelineApiFactory(configureKey: false, dataDirectory: dataDirectory);
            using var secondClient = second.CreateClient();
            Assert.Equal(firstKey, (await File.ReadAllTextAsync(keyFile, TestContext.Current.CancellationToken)).Trim());

            // The key in the file is the one writes accept.
            using var request = new HttpRequestMessage(HttpMethod.Post, "/ingest") { Content = new StringContent(TestDocuments.StrikeAndVote, MediaTypeHeaderValue.Parse("application/json")) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", firstKey);
            using var response = await secondClient.SendAsync(request, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task With_configured_keys_no_key_file_is_created()
    {
        await using var factory = new TimelineApiFactory();
        using var client = factory.CreateClient();

        Assert.False(File.Exists(ApiKeyProvisioner.KeyFilePath(factory.DataDirectory)));
    }

    [Fact]
    public void A_key_set_accepts_exactly_its_keys()
    {
        var keys = new ApiKeySet(["first-key-0123456789", " second-key-0123456789 "]);

        Assert.True(keys.Accepts("first-key-0123456789"));
        Assert.True(keys.Accepts("second-key-0123456789"));
        Assert.False(keys.Accepts("first-key-012345678"));
        Assert.False(keys.Accepts("first-key-0123456789x"));
        Assert.False(keys.Accepts(""));
        Assert.False(keys.Accepts(null));
    }
}
