using System.Text;
using Timeline.Ingestion.Schema;
using Timeline.Ingestion.Validation.Structural;
using Xunit;

namespace Timeline.Ingestion.Tests.Validation;

public sealed class SchemaCompilerTests
{
    [Fact]
    public void The_embedded_schema_compiles()
    {
        var root = SchemaCompiler.Compile(ArticleFactsSchema.Utf8);

        Assert.Equal(["formatVersion", "article"], root.Required);
        Assert.True(root.ForbidsAdditionalProperties);
    }

    [Theory]
    [InlineData("""{ "minimum": 1 }""", "keyword \"minimum\" is not supported")]
    [InlineData("""{ "pattern": "^[0-9]+\\d$" }""", "\\d means different things")]
    [InlineData("""{ "pattern": "^a.b$" }""", "treats line breaks differently")]
    [InlineData("""{ "pattern": "^a$|^b$" }""", "only portable at the very end")]
    [InlineData("""{ "pattern": "^[^a]{2}$" }""", "negated class")]
    [InlineData("""{ "pattern": "^(?=a)" }""", "outside the portable subset")]
    [InlineData("""{ "format": "email" }""", "format \"email\" is not one the validator checks")]
    [InlineData("""{ "$ref": "#/$defs/missing" }""", "names no definition")]
    [InlineData("""{ "$ref": "other.json#/x" }""", "only local references")]
    [InlineData("""{ "type": "text" }""", "is not a JSON Schema type")]
    [InlineData("""{ "maxLength": -1 }""", "non-negative integer")]
    [InlineData("""{ "$schema": "https://json-schema.org/draft/2020-12/schema" }""", "keyword \"$schema\" is not supported")]
    public void A_schema_the_validator_cannot_honour_exactly_is_refused(string subschema, string reason)
    {
        var schema = $$"""{ "$schema": "{{SchemaCompiler.Draft202012}}", "properties": { "x": {{subschema}} } }""";

        var exception = Assert.Throws<SchemaCompilationException>(() => SchemaCompiler.Compile(Encoding.UTF8.GetBytes(schema)));

        Assert.Contains(reason, exception.Message, StringComparison.Ordinal);
        Assert.Contains("#/properties/x", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schema_of_another_draft_is_refused()
    {
        var schema = """{ "$schema": "http://json-schema.org/draft-07/schema#" }"""u8.ToArray();

        Assert.Throws<SchemaCompilationException>(() => SchemaCompiler.Compile(schema));
    }
}
