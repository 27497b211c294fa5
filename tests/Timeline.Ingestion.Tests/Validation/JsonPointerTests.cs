using Timeline.Ingestion.Validation.Json;
using Xunit;

namespace Timeline.Ingestion.Tests.Validation;

public sealed class JsonPointerTests
{
    [Theory]
    [InlineData("events", "events")]
    [InlineData("a/b", "a~1b")]
    [InlineData("m~n", "m~0n")]
    [InlineData("~/", "~0~1")]
    [InlineData("~1", "~01")]
    [InlineData("", "")]
    public void Tokens_are_escaped_as_RFC_6901_says(string token, string escaped)
    {
        Assert.Equal(escaped, JsonPointer.Escape(token));
    }

    [Fact]
    public void Pointers_are_built_from_the_root_down()
    {
        var pointer = JsonPointer.Append(JsonPointer.Append(JsonPointer.Append(JsonPointer.Root, "events"), 3), "when");

        Assert.Equal("/events/3/when", pointer);
    }
}
