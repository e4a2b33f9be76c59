using Watchdog.Analysis.Entities;
using Watchdog.Core.Entities;
using Watchdog.Core.Watching;

namespace Watchdog.Watch.Tests.Watchlists;

/// <summary>One vocabulary for kinds: watchlist entries and tagged entities read the same spellings and print the same names.</summary>
public class KindNamesTests
{
    [Theory]
    [InlineData("organization", "organization")]
    [InlineData("Organisation", "organization")]
    [InlineData(" ORG ", "organization")]
    [InlineData("place", "location")]
    [InlineData("loc", "location")]
    [InlineData("people", "person")]
    [InlineData("terms", "term")]
    public void Every_spelling_reads_as_its_canonical_name(string spelling, string canonical) =>
        Assert.Equal(canonical, KindNames.Canonical(spelling));

    [Theory]
    [InlineData("animal")]
    [InlineData("0")]
    [InlineData("")]
    public void Anything_else_is_not_a_kind(string text)
    {
        Assert.Null(KindNames.Canonical(text));
        Assert.False(KindNames.TryParse(text, out WatchlistEntryKind _));
        Assert.False(EntityKindNames.TryParse(text, out _));
    }

    [Fact]
    public void Entry_kinds_and_entity_kinds_share_their_names_and_round_trip()
    {
        foreach (var kind in Enum.GetValues<WatchlistEntryKind>())
        {
            Assert.True(KindNames.TryParse(KindNames.Name(kind), out WatchlistEntryKind read));
            Assert.Equal(kind, read);
        }
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            Assert.True(EntityKindNames.TryParse(EntityKindNames.Name(kind), out var read));
            Assert.Equal(kind, read);
        }
        Assert.True(KindNames.TryParse("organisation", out WatchlistEntryKind entry));
        Assert.True(EntityKindNames.TryParse("organisation", out var entity));
        Assert.Equal(KindNames.Name(entry), EntityKindNames.Name(entity));
    }
}
