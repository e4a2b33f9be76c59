using Watchdog.Extract.Dates;

namespace Watchdog.Extract.Tests.Dates;

public class DateTextTests
{
    [Theory]
    [InlineData("Опубликовано 12 марта 2024 в 10:15")]
    [InlineData("12 март 2024")]
    [InlineData("2024 жылғы 12 наурыз")]
    [InlineData("2024 ж. 12 наурызда")]
    [InlineData("12 наурыз 2024")]
    [InlineData("Published March 12, 2024")]
    [InlineData("12 March 2024")]
    [InlineData("Mar. 12th, 2024")]
    [InlineData("12.03.2024")]
    [InlineData("updated 2024-03-12")]
    public void Human_dates_in_russian_kazakh_and_english_are_read(string text)
    {
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero), DateText.FindInText(text));
    }

    [Theory]
    [InlineData("12 market 2024")]
    [InlineData("31 февраля 2024")]
    [InlineData("nothing here")]
    public void Non_dates_are_not_read(string text)
    {
        Assert.Null(DateText.FindInText(text));
    }

    [Fact]
    public void Machine_dates_keep_their_offset()
    {
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 9, 30, 0, TimeSpan.FromHours(6)), DateText.ParseMachine("2024-03-12T09:30:00+06:00"));
    }

    [Fact]
    public void Placeholder_dates_are_rejected()
    {
        Assert.Null(DateText.ParseMachine("0001-01-01T00:00:00Z"));
    }

    [Theory]
    [InlineData("https://a.example/2024/03/12/story/")]
    [InlineData("https://a.example/news/2024-03-12-story")]
    [InlineData("https://a.example/20240312/story")]
    public void Url_paths_with_dates_are_read(string url)
    {
        Assert.Equal(new DateTimeOffset(2024, 3, 12, 0, 0, 0, TimeSpan.Zero), UrlDate.Find(new Uri(url)));
    }
}
