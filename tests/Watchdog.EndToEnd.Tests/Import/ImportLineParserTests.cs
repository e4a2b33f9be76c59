using Watchdog.Pipeline.Import;

namespace Watchdog.EndToEnd.Tests.Import;

/// <summary>One line of an import archive: what it gives, and a clear reason when it is bad.</summary>
public sealed class ImportLineParserTests
{
    [Fact]
    public void A_full_line_gives_every_field()
    {
        var record = ImportLineParser.Parse(1, ImportArchive.Russian).Record!;

        Assert.Equal(new Uri("https://archive.example.ru/2026/03/01/floods"), record.Url);
        Assert.Equal(("Паводок в Уральске", "ru", "Уральская неделя"), (record.Title, record.Language, record.SourceName));
        Assert.Equal(new Uri("https://archive.example.ru/"), record.SourceUrl);
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 30, 0, TimeSpan.Zero), record.Published);
        Assert.Equal(["Иван Петров"], record.Authors);
    }

    [Fact]
    public void Without_a_title_the_first_words_of_the_text_stand_in()
    {
        var record = ImportLineParser.Parse(1, """{"url": "https://a.example/1", "text": "Rescuers evacuated residents.\nMore later."}""").Record!;

        Assert.Equal("Rescuers evacuated residents.", record.Title);
        Assert.Null(record.Published);
    }

    [Theory]
    [InlineData("{\"url\": \"https://a.example/1\"", "not JSON")]
    [InlineData("[1, 2]", "not a JSON object")]
    [InlineData("{\"text\": \"Words.\"}", "'url' is missing")]
    [InlineData("{\"url\": \"ftp://a.example/1\", \"text\": \"Words.\"}", "not an http(s) address")]
    [InlineData("{\"url\": \"https://a.example/1\", \"text\": \"  \"}", "'text' is missing or empty")]
    [InlineData("{\"url\": \"https://a.example/1\", \"text\": \"Words.\", \"published\": \"last Tuesday\"}", "'published' is not a date")]
    [InlineData("{\"url\": \"https://a.example/1\", \"text\": \"Words.\", \"sourceUrl\": \"news\"}", "the source's url")]
    public void A_bad_line_gives_its_reason_and_number(string line, string reason)
    {
        var parsed = ImportLineParser.Parse(7, line);

        Assert.Null(parsed.Record);
        Assert.Equal(7, parsed.Number);
        Assert.Contains(reason, parsed.Problem, StringComparison.Ordinal);
    }
}
