namespace Timeline.GraphQL.Building;

/// <summary>GraphQL names for CLR members, as HotChocolate names them: "Get" prefix and "Async" suffix dropped, first letter lower case.</summary>
internal static class FieldNames
{
    public static string FromMember(string memberName)
    {
        var name = memberName;
        if (name.Length > 3 && name.StartsWith("Get", StringComparison.Ordinal) && char.IsUpper(name[3]))
        {
            name = name[3..];
        }

        if (name.Length > 5 && name.EndsWith("Async", StringComparison.Ordinal))
        {
            name = name[..^5];
        }

        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>An enum member's GraphQL name: <c>InProgress</c> becomes <c>IN_PROGRESS</c>.</summary>
    public static string EnumValue(string memberName)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < memberName.Length; i++)
        {
            var c = memberName[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(memberName[i - 1]) || (i + 1 < memberName.Length && char.IsLower(memberName[i + 1]))))
            {
                builder.Append('_');
            }

            builder.Append(char.ToUpperInvariant(c));
        }

        return builder.ToString();
    }
}
