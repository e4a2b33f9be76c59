using System.Text.Json;
using Watchdog.Core.Articles;

namespace Watchdog.Storage.Sql.Rows;

/// <summary>The <c>social</c> column of <c>articles</c>: a post's details as a JSON object (camelCase), or NULL.</summary>
public static class SocialDetailsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string? Write(SocialDetails? details) => details is null ? null : JsonSerializer.Serialize(details, Options);

    /// <remarks>A row written by a later version with members this one lacks still reads (unknown members are ignored).</remarks>
    public static SocialDetails? Read(string? json) => string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize<SocialDetails>(json, Options);
}
