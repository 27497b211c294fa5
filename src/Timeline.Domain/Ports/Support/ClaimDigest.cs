using System.Security.Cryptography;
using System.Text;

namespace Timeline.Domain.Ports;

/// <summary>A short fingerprint of a claim's fields, to tell a re-delivered claim from a changed one; every store computes it alike.</summary>
public static class ClaimDigest
{
    public static string Of(params string?[] fields)
    {
        var text = new StringBuilder(256);
        foreach (var f in fields) text.Append(f is null ? "\u0000" : f).Append('\u001f');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 12));
    }
}
