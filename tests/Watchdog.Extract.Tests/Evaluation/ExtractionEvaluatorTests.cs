using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Watchdog.Extract.Evaluation;
using Watchdog.Testing;

namespace Watchdog.Extract.Tests.Evaluation;

public sealed class ExtractionEvaluatorTests : IDisposable
{
    private readonly string _dataDir = TestPaths.NewTempFolder("extract-eval");

    public ExtractionEvaluatorTests()
    {
        Directory.CreateDirectory(Path.Combine(_dataDir, "html"));
        File.WriteAllText(Path.Combine(_dataDir, "html", "plain.html"), "<html><body><p>one two three four five</p></body></html>");
        using (var gz = new GZipStream(File.Create(Path.Combine(_dataDir, "html", "zipped.html.gz")), CompressionLevel.Fastest))
        {
            gz.Write(Encoding.UTF8.GetBytes("<html><body><p>six seven eight nine</p></body></html>"));
        }
        File.WriteAllText(Path.Combine(_dataDir, "ground-truth.json"), """
            { "plain": { "articleBody": "one two three four five", "url": "https://a.example/1" },
              "zipped": { "articleBody": "six seven eight nine ten", "url": "https://a.example/2" } }
            """);
    }

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);

    [Fact]
    public void Reads_plain_and_gzipped_pages_and_scores_each()
    {
        var report = ExtractionEvaluator.Evaluate(_dataDir, (html, _) => html.Contains("one", StringComparison.Ordinal) ? "one two three four five" : "six seven eight nine");

        Assert.Equal(2, report.Summary.Pages);
        var plain = report.Pages.Single(p => p.Id == "plain");
        var zipped = report.Pages.Single(p => p.Id == "zipped");
        Assert.True(plain.Score!.ExactMatch);
        Assert.Equal(0.5, zipped.Score!.Recall); // two 4-token shingles expected, one of them predicted
        Assert.Equal(1.0, zipped.Score!.Precision);
        Assert.Equal(0.5, report.Summary.Accuracy);
    }

    [Fact]
    public void A_throwing_extractor_scores_zero_on_that_page_and_records_why()
    {
        var report = ExtractionEvaluator.Evaluate(_dataDir, (html, _) =>
            html.Contains("six", StringComparison.Ordinal) ? throw new InvalidOperationException("boom") : "one two three four five");

        var failed = report.Pages.Single(p => p.Id == "zipped");
        Assert.Contains("boom", failed.Error, StringComparison.Ordinal);
        Assert.Equal(1.0, report.Summary.Precision);
        Assert.Equal(0.5, report.Summary.Recall);
    }

    [Fact]
    public void Predictions_are_written_in_the_benchmark_shape()
    {
        var report = ExtractionEvaluator.Evaluate(_dataDir, (_, _) => "predicted text");
        var path = Path.Combine(_dataDir, "out", "predictions.json");

        report.WritePredictions(path);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("predicted text", json.RootElement.GetProperty("plain").GetProperty("articleBody").GetString());
        Assert.Equal(2, json.RootElement.EnumerateObject().Count());
    }

    [Fact]
    public void Report_lists_every_page_with_its_scores()
    {
        var report = ExtractionEvaluator.Evaluate(_dataDir, (_, _) => "one two three four five");
        var path = Path.Combine(_dataDir, "report.json");

        report.WriteReport(path);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var pages = json.RootElement.GetProperty("perPage").EnumerateArray().ToList();
        Assert.Equal(2, pages.Count);
        Assert.Equal("zipped", pages[0].GetProperty("id").GetString()); // worst first
        Assert.Equal(report.Summary.F1, json.RootElement.GetProperty("f1").GetDouble(), 10);
    }

    [Fact]
    public void A_folder_with_neither_ground_truth_nor_pages_is_a_clear_error()
    {
        var empty = TestPaths.NewTempFolder("extract-eval-empty");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => ExtractionEvaluator.Evaluate(empty));
            Assert.Contains("ground-truth.json", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void Without_ground_truth_every_page_is_extracted_and_written_but_not_scored()
    {
        File.Delete(Path.Combine(_dataDir, "ground-truth.json"));
        File.WriteAllText(Path.Combine(_dataDir, "html", "notes.txt"), "not a page");
        File.WriteAllBytes(Path.Combine(_dataDir, "html", "broken.html.gz"), [1, 2, 3]);
        const string Prose = "The council voted on Tuesday to keep the library open for another year.";
        File.WriteAllText(Path.Combine(_dataDir, "html", "plain.html"), $"<html><body><article><p>{Prose}</p></article></body></html>");
        var path = Path.Combine(_dataDir, "out", "predictions.json");

        var report = ExtractionEvaluator.Evaluate(_dataDir);
        report.WritePredictions(path);

        Assert.False(report.IsScored);
        Assert.Equal(["broken", "plain", "zipped"], report.Pages.Select(p => p.Id));
        Assert.Contains("unreadable", report.Pages.Single(p => p.Id == "broken").Error, StringComparison.Ordinal);
        Assert.Contains("not scored", report.FormatSummary(), StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal(Prose, json.RootElement.GetProperty("plain").GetProperty("articleBody").GetString());
        Assert.True(json.RootElement.TryGetProperty("zipped", out _));
        Assert.Equal("", json.RootElement.GetProperty("broken").GetProperty("articleBody").GetString());
    }

    [Fact]
    public void A_page_that_is_not_utf8_is_decoded_by_its_declared_charset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1251 = Encoding.GetEncoding(1251);
        var bytes = cp1251.GetBytes("<html><head><meta charset=\"windows-1251\"></head><body><p>Привет</p></body></html>");

        Assert.Contains("Привет", BenchmarkCorpus.DecodeHtml(bytes), StringComparison.Ordinal);
    }
}
