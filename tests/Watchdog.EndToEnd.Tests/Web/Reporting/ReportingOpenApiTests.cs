using System.Text.Json;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

public sealed class ReportingOpenApiTests(WebAppFixture app) : IClassFixture<WebAppFixture>
{
    [Theory]
    [InlineData("/api/trends", "get")]
    [InlineData("/api/trends/chart.svg", "get")]
    [InlineData("/api/stories", "get")]
    [InlineData("/api/export", "get")]
    [InlineData("/api/reports", "get")]
    [InlineData("/api/guard/audit", "post")]
    public async Task The_openapi_document_describes_each_endpoint_with_a_summary(string path, string method)
    {
        var operation = (await PathsAsync()).GetProperty(path).GetProperty(method);

        Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()));
    }

    [Fact]
    public async Task The_stories_description_says_ids_are_stored_and_how_many_matches_are_looked_up()
    {
        var description = (await PathsAsync()).GetProperty("/api/stories").GetProperty("get").GetProperty("description").GetString();

        Assert.Contains("stable id (given at ingest and stored)", description, StringComparison.Ordinal);
        Assert.Contains("newest 20000 matches", description, StringComparison.Ordinal);
    }

    private async Task<JsonElement> PathsAsync() =>
        JsonDocument.Parse(await app.Client.GetStringAsync("/openapi/v1.json")).RootElement.GetProperty("paths");
}
