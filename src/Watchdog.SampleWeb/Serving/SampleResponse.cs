using System.Security.Cryptography;

namespace Watchdog.SampleWeb.Serving;

/// <summary>A prepared response. Its ETag is derived from the bytes, so it only changes when the content does.</summary>
public sealed record SampleResponse(int StatusCode, string ContentType, byte[] Body, DateTimeOffset LastModified)
{
    public string ETag { get; } = ComputeETag(Body);

    private static string ComputeETag(byte[] body) => $"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..16]}\"";
}
