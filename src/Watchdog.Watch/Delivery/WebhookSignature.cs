using System.Security.Cryptography;
using System.Text;

namespace Watchdog.Watch.Delivery;

/// <summary>
/// HMAC-SHA256 over the exact request body, sent as <c>X-Watchdog-Signature: sha256=&lt;hex&gt;</c>; the receiver
/// recomputes it with the shared secret to know the call came from this Watchdog and was not altered.
/// </summary>
public static class WebhookSignature
{
    public const string HeaderName = "X-Watchdog-Signature";
    private const string Scheme = "sha256=";

    public static string Sign(ReadOnlySpan<byte> body, string secret) =>
        Scheme + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body));

    /// <summary>Constant-time comparison, so a receiver using it leaks nothing about the expected value.</summary>
    public static bool Verify(ReadOnlySpan<byte> body, string secret, string? header) =>
        header is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(body, secret)), Encoding.ASCII.GetBytes(header));
}
