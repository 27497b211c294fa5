using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Security;
using Timeline.Api.Tests.Infrastructure;
using Xunit;

namespace Timeline.Api.Tests.Host;

public sealed class WriteAuthorizationTests
{
    [Theory]
    [InlineData("Authorization", "Bearer " + TimelineApiFactory.ApiKey, true)]
    [InlineData("Authorization", "bearer " + TimelineApiFactory.ApiKey, true)]
    [InlineData("X-Api-Key", TimelineApiFactory.ApiKey, true)]
    [InlineData("Authorization", "Bearer wrong-key-0123456789abc", false)]
    [InlineData("Authorization", "Basic " + TimelineApiFactory.ApiKey, false)]
    [InlineData("X-Api-Key", "", false)]
    [InlineData("X-Other", TimelineApiFactory.ApiKey, false)]
    public async Task A_request_may_write_only_with_a_configured_key_in_either_header_and_is_named_by_its_first_four_characters(string header, string value, bool expected)
    {
        await using var factory = new TimelineApiFactory();
        using var scope = factory.Services.CreateScope();
        var http = new DefaultHttpContext();
        http.Request.Headers[header] = value;
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = http;

        var authorization = scope.ServiceProvider.GetRequiredService<IWriteAuthorization>();

        Assert.Equal(expected, authorization.CanWrite);
        Assert.Equal(expected ? "api-key:" + TimelineApiFactory.ApiKey[..4] : null, authorization.Actor);
    }

    [Fact]
    public async Task Outside_a_request_nothing_may_write()
    {
        await using var factory = new TimelineApiFactory();
        using var scope = factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = null;

        var authorization = scope.ServiceProvider.GetRequiredService<IWriteAuthorization>();
        Assert.False(authorization.CanWrite);
        Assert.Null(authorization.Actor);
    }
}
