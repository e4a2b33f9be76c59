using Watchdog.Reports.Exports;

namespace Watchdog.Reports.Tests.Exports;

public class ExportFormatsTests
{
    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("JSON", ExportFormat.Json)]
    [InlineData(" ndjson ", ExportFormat.Ndjson)]
    public void Known_format_names_parse(string text, ExportFormat expected)
    {
        Assert.True(ExportFormats.TryParse(text, out var format));
        Assert.Equal(expected, format);
    }

    [Theory]
    [InlineData("xlsx")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_format_names_do_not_parse(string? text)
    {
        Assert.False(ExportFormats.TryParse(text, out _));
    }

    [Fact]
    public void Each_format_has_a_content_type_and_extension()
    {
        Assert.All(Enum.GetValues<ExportFormat>(), format =>
        {
            Assert.Contains("charset=utf-8", ExportFormats.ContentType(format));
            Assert.StartsWith(".", ExportFormats.FileExtension(format));
        });
    }
}
