using Watchdog.Reports.Documents;
using Watchdog.Reports.Tests.Support;

namespace Watchdog.Reports.Tests.Documents;

public class HtmlReportRendererTests
{
    private static readonly string Html = HtmlReportRenderer.Render(SampleReports.Weekly());

    [Fact]
    public void A_crawled_title_with_a_script_tag_is_escaped()
    {
        Assert.DoesNotContain("<script>", Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Breaking &amp; &quot;quoted&quot;", Html);
    }

    [Fact]
    public void A_javascript_url_is_not_made_a_link()
    {
        Assert.DoesNotContain("javascript:", Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<a href=\"https://example.kz/a/1\">", Html);
    }

    [Fact]
    public void Each_section_heading_and_query_appears()
    {
        foreach (var section in SampleReports.Weekly().Sections)
        {
            Assert.Contains($"<h2>{HtmlText.Escape(section.Heading)}</h2>", Html);
            Assert.Contains(HtmlText.Escape(section.QueryText), Html);
        }
        Assert.Equal(2, Html.Split("<section class=\"report-section\">").Length - 1);
    }

    [Fact]
    public void The_chart_is_inlined_as_svg_without_its_xml_prolog()
    {
        Assert.Contains("<svg", Html);
        Assert.DoesNotContain("<?xml", Html);
    }

    [Fact]
    public void The_page_makes_no_external_requests()
    {
        Assert.Contains("default-src 'none'", Html);
        Assert.DoesNotContain("<link", Html);
        Assert.DoesNotContain("src=\"http", Html);
        Assert.DoesNotContain("url(http", Html);
    }

    [Fact]
    public void Print_css_starts_each_section_on_a_new_page()
    {
        Assert.Contains("section.report-section { break-before: page; }", Html);
    }

    [Fact]
    public void The_change_on_the_previous_period_is_shown()
    {
        Assert.Contains("+59 % on the previous period (61)", Html);
    }

    [Fact]
    public void Empty_lists_say_so_instead_of_rendering_empty_tables()
    {
        var protests = Html[Html.LastIndexOf("<section", StringComparison.Ordinal)..];
        Assert.Contains("None in this period.", protests);
    }

    [Fact]
    public void A_malformed_chart_is_replaced_by_a_visible_note()
    {
        var document = SampleReports.Weekly() with { Sections = [SampleReports.Elections() with { ChartSvg = "<svg><g></svg>" }] };
        Assert.Contains("The chart could not be embedded", HtmlReportRenderer.Render(document));
    }
}
