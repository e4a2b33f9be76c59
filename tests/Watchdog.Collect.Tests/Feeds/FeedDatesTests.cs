using Watchdog.Collect.Feeds;

namespace Watchdog.Collect.Tests.Feeds;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 03 Jun 2025 10:15:00 GMT", "2025-06-03T10:15:00Z")]
    [InlineData("Tue, 3 Jun 2025 10:15:00 +0500", "2025-06-03T05:15:00Z")]
    [InlineData("3 Jun 2025 10:15 EST", "2025-06-03T15:15:00Z")]
    [InlineData("Tuesday, 03-Jun-25 10:15:00 PDT", "2025-06-03T17:15:00Z")]
    [InlineData("Tue, 03 June 2025 10:15:00 +05:00", "2025-06-03T05:15:00Z")]
    [InlineData("03 Jun 2025 10:15:00", "2025-06-03T10:15:00Z")]
    [InlineData("Tue, 03 Jun 2025 24:00:00 GMT", "2025-06-04T00:00:00Z")]
    [InlineData("Tue, 03 Jun 99 10:15:00 Z", "1999-06-03T10:15:00Z")]
    [InlineData("2025-06-03T10:15:00Z", "2025-06-03T10:15:00Z")]
    [InlineData("2025-06-03T10:15:00.123+06:00", "2025-06-03T04:15:00.123Z")]
    [InlineData("2025-06-03T10:15+0600", "2025-06-03T04:15:00Z")]
    [InlineData("2025-06-03", "2025-06-03T00:00:00Z")]
    [InlineData("2025-06", "2025-06-01T00:00:00Z")]
    [InlineData("2025", "2025-01-01T00:00:00Z")]
    [InlineData("20250603T101500Z", "2025-06-03T10:15:00Z")]
    public void KnownFormatsParse(string text, string expectedUtc) =>
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("Tue, 31 Feb 2025 10:00:00 GMT")]
    [InlineData("2025-13-01")]
    [InlineData("Tue, 03 Jun 2025 10:15:00 XYZW")]
    public void NonsenseGivesNull(string? text) => Assert.Null(FeedDates.Parse(text));
}
