using System.Xml.Linq;
using SkiaSharp;
using Watchdog.Reports.Charts;
using Watchdog.Reports.Tests.Support;

namespace Watchdog.Reports.Tests.Charts;

public class VolumeChartTests
{
    [Fact]
    public void Svg_is_well_formed_xml()
    {
        var svg = VolumeChart.RenderSvg(SampleCharts.TwoWatchlists(), 800, 360);
        var root = XDocument.Parse(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
    }

    [Fact]
    public void Svg_contains_the_title_and_each_series_name_as_text()
    {
        var svg = VolumeChart.RenderSvg(SampleCharts.TwoWatchlists(), 800, 360);
        var text = string.Concat(XDocument.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains("Упоминания: выборы в Казахстане", text);
        Assert.Contains("Выборы", text);
        Assert.Contains("Protests", text);
    }

    [Fact]
    public void Svg_stays_well_formed_when_names_contain_markup()
    {
        var data = SampleCharts.TwoWatchlists() with { Title = "<script>alert(1)</script> & \"quotes\"" };
        var svg = VolumeChart.RenderSvg(data, 600, 300);
        Assert.DoesNotContain("<script>", svg);
        Assert.NotNull(XDocument.Parse(svg).Root);
    }

    [Theory]
    [InlineData(VolumeChartKind.Bars)]
    [InlineData(VolumeChartKind.Line)]
    public void Png_decodes_at_the_requested_size(VolumeChartKind kind)
    {
        var png = VolumeChart.RenderPng(SampleCharts.TwoWatchlists(kind), 900, 400);
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((900, 400), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void Empty_data_renders_a_no_data_chart()
    {
        var svg = VolumeChart.RenderSvg(SampleCharts.Empty(), 600, 300);
        Assert.Contains("No articles in this period", svg);
        using var bitmap = SKBitmap.Decode(VolumeChart.RenderPng(SampleCharts.Empty(), 600, 300));
        Assert.Equal(600, bitmap.Width);
    }

    [Fact]
    public void A_zero_size_is_refused_with_an_argument_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VolumeChart.RenderPng(SampleCharts.TwoWatchlists(), 0, 300));
    }

    [Fact]
    public void Hourly_buckets_render_with_an_hourly_axis_label()
    {
        var start = SampleCharts.FirstDay;
        var data = new VolumeChartData("Hourly", VolumeBucket.Hour,
            [new VolumeSeries("q", Enumerable.Range(0, 48).Select(h => new VolumePoint(start.AddHours(h), h % 7)).ToList())], []);
        Assert.Contains("Articles per hour", VolumeChart.RenderSvg(data, 800, 300));
    }
}
