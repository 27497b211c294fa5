using System.Security.Cryptography;
using System.Text;

namespace Timeline.Api.Security;

/// <summary>
/// The keys that may write. Keys are kept as SHA-256 digests and a presented key is compared with every one of
/// them in constant time, so neither the comparison nor the number of keys tried leaks how much of a key was right.
/// </summary>
public sealed class ApiKeySet
{
    private readonly byte[][] _digests;

    public ApiKeySet(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _digests = [.. keys.Select(key => Digest(key.Trim()))];
        if (_digests.Length == 0) throw new ArgumentException("At least one API key is needed.", nameof(keys));
    }

    public int Count => _digests.Length;

    /// <summary>True when <paramref name="presented"/> is one of the keys.</summary>
    public bool Accepts(string? presented)
    {
        if (string.IsNullOrEmpty(presented)) return false;
        var digest = Digest(presented);
        var match = false;
        foreach (var known in _digests)
        {
            // No early exit: every key is compared whatever the outcome.
            match |= CryptographicOperations.FixedTimeEquals(digest, known);
        }
        return match;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
