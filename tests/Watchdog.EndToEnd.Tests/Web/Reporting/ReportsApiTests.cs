using System.Net;
using System.Text;
using static Watchdog.EndToEnd.Tests.Web.Api.ProblemDetailsAssert;
using static Watchdog.EndToEnd.Tests.Web.Reporting.ReportingApiClient;

namespace Watchdog.EndToEnd.Tests.Web.Reporting;

public sealed class ReportsApiTests(ReportingWebAppFixture app) : IClassFixture<ReportingWebAppFixture>
{
    [Fact]
    public async Task An_html_report_has_the_title_a_section_for_the_query_and_its_chart()
    {
        var response = await app.Client.GetAsync($"/api/reports?q={ReportingWebAppFixture.Topic}&title={Escaped("River desk weekly")}");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("River desk weekly", html, StringComparison.Ordinal);
        Assert.Contains($">{ReportingWebAppFixture.Topic}<", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Irtysh Desk", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_q_is_a_section_of_its_own()
    {
        var html = await (await app.Client.GetAsync($"/api/reports?q={ReportingWebAppFixture.Topic}&q={Escaped("dam AND breach")}")).Content.ReadAsStringAsync();

        Assert.Contains($">{ReportingWebAppFixture.Topic}<", html, StringComparison.Ordinal);
        Assert.Contains(">dam AND breach<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_report_is_a_pdf_file()
    {
        var response = await app.Client.GetAsync($"/api/reports?q={ReportingWebAppFixture.Topic}&format=pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("%PDF-", Encoding.ASCII.GetString(bytes, 0, 5));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
    }

    [Theory]
    [InlineData("", "q")]
    [InlineData("q=flood&format=docx", "format")]
    [InlineData("q=flood&bucket=week", "bucket")]
    [InlineData("q=flood&from=soon", "from")]
    [InlineData("q=flood&q=(dam", "q")]
    public async Task Bad_parameters_give_400_naming_the_parameter(string query, string field)
    {
        var problem = await IsProblemAsync(await app.Client.GetAsync($"/api/reports?{query}"), HttpStatusCode.BadRequest);

        Assert.NotEmpty(FieldErrors(problem, field));
    }
}
