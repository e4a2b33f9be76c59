using Watchdog.SampleWeb.Serving;

namespace Watchdog.EndToEnd.Tests.Web.SampleWeb;

public sealed class ConditionalGetTests
{
    private const string ETag = "\"abc123\"";
    private static readonly DateTimeOffset LastModified = new(2026, 11, 24, 12, 0, 0, 500, TimeSpan.Zero);

    [Theory]
    [InlineData("\"abc123\"")]
    [InlineData("W/\"abc123\"")]
    [InlineData("\"other\", \"abc123\"")]
    [InlineData("*")]
    public void A_matching_If_None_Match_is_not_modified(string ifNoneMatch) =>
        Assert.True(ConditionalGet.IsNotModified(ifNoneMatch, null, ETag, LastModified));

    [Fact]
    public void A_different_etag_is_modified() =>
        Assert.False(ConditionalGet.IsNotModified("\"stale\"", null, ETag, LastModified));

    [Fact]
    public void If_None_Match_wins_over_a_matching_If_Modified_Since() =>
        Assert.False(ConditionalGet.IsNotModified("\"stale\"", "Tue, 24 Nov 2026 12:00:00 GMT", ETag, LastModified));

    [Theory]
    [InlineData("Tue, 24 Nov 2026 12:00:00 GMT", true)]
    [InlineData("Wed, 25 Nov 2026 08:00:00 GMT", true)]
    [InlineData("Tue, 24 Nov 2026 11:59:59 GMT", false)]
    [InlineData("not a date", false)]
    public void If_Modified_Since_compares_whole_seconds(string ifModifiedSince, bool notModified) =>
        Assert.Equal(notModified, ConditionalGet.IsNotModified(null, ifModifiedSince, ETag, LastModified));
}
