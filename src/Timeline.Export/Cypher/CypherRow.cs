using System.Text;

namespace Timeline.Export.Cypher;

/// <summary>One map literal of an UNWIND list: properties in the order added, each value already a Cypher literal.</summary>
internal sealed class CypherRow
{
    private readonly StringBuilder _text = new("{");

    public CypherRow Add(string name, string literal)
    {
        if (_text.Length > 1) _text.Append(", ");
        _text.Append(name).Append(": ").Append(literal);
        return this;
    }

    public CypherRow Text(string name, string? value) => Add(name, CypherLiteral.Text(value));

    public override string ToString() => _text.ToString() + "}";
}
