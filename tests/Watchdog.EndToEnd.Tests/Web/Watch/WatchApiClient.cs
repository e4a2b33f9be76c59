using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Watchdog.EndToEnd.Tests.Web.Watch;

/// <summary>The few calls the watch API tests repeat: create a watchlist or query and read JSON bodies.</summary>
internal static class WatchApiClient
{
    /// <summary>The fixture's app is shared by a test class, so names must not collide between tests.</summary>
    public static string UniqueName(string stem) => $"{stem}-{Guid.NewGuid():N}"[..(stem.Length + 9)];

    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    public static async Task<JsonElement> CreatedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await ReadAsync(response);
    }

    public static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadAsync(response);
    }

    public static async Task<long> CreateWatchlistAsync(HttpClient client, string name, params object[] entries) =>
        (await CreatedAsync(await client.PostAsJsonAsync("/api/watchlists", new { name, entries }))).GetProperty("id").GetInt64();

    public static async Task<long> CreateQueryAsync(HttpClient client, string name, string query, object? rule = null) =>
        (await CreatedAsync(await client.PostAsJsonAsync("/api/queries", new { name, query, rule }))).GetProperty("id").GetInt64();
}
