namespace Timeline.GraphQL.Types;

/// <summary>Checks names against the spec's Name production: <c>/[_A-Za-z][_0-9A-Za-z]*/</c>.</summary>
public static class NameValidator
{
    public static bool IsValidName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var ok = c == '_' || char.IsAsciiLetter(c) || (i > 0 && char.IsAsciiDigit(c));
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the bad name and why it is bad.</summary>
    public static string AssertName(string? name, string paramName)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("Expected name to be a non-empty string.", paramName);
        }

        if (!IsValidName(name))
        {
            throw new ArgumentException($"Names must only contain [_a-zA-Z0-9] and must not start with a digit, but \"{name}\" does not.", paramName);
        }

        return name;
    }
}
