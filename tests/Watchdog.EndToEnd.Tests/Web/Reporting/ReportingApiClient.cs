using System.Net;
using System.Text.Json;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

/// <summary>Small readers shared by the trends, stories, export and report tests.</summary>
internal static class ReportingApiClient
{
    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    public static List<JsonElement> Items(JsonElement body, string property) => [.. body.GetProperty(property).EnumerateArray()];

    public static string Escaped(string value) => Uri.EscapeDataString(value);
}
