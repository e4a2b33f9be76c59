using System.Security.Cryptography;
using System.Text;

namespace Watchdog.Core.Governance;

/// <summary>
/// API tokens: 32 random bytes, shown once as <c>wd_</c> + base64url. Only the SHA-256 of the token is stored. A fast
/// hash is enough here, unlike for passwords: a 256-bit random token cannot be guessed from its hash by trying.
/// </summary>
public static class ApiToken
{
    public const string Prefix = "wd_";
    private const int RandomBytes = 32;

    public static string Generate() => Prefix + Base64UrlEncode(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <returns>Lower-case hex SHA-256 of the token's UTF-8 bytes.</returns>
    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
