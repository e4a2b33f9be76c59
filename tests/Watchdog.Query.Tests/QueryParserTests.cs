using Watchdog.Query;

namespace Watchdog.Query.Tests;

public class QueryParserTests
{
    private static string Canonical(string query) => QueryFormatter.Format(QueryParser.Parse(query));

    [Fact]
    public void Terms_next_to_each_other_are_joined_by_and() =>
        Assert.Equal("a AND b AND c", Canonical("a b c"));

    [Fact]
    public void Or_binds_looser_than_and() =>
        Assert.Equal("(a AND b) OR c", Canonical("a b OR c"));

    [Fact]
    public void Parentheses_group_before_and() =>
        Assert.Equal("a AND (b OR c)", Canonical("a AND (b OR c)"));

    [Fact]
    public void Minus_and_not_both_negate() =>
        Assert.Equal("a AND NOT b AND NOT c", Canonical("a -b NOT c"));

    [Fact]
    public void Hyphen_inside_a_word_is_not_a_negation() =>
        Assert.IsType<TermQuery>(QueryParser.Parse("Нур-Султан"));

    [Fact]
    public void Lower_case_keywords_are_ordinary_words() =>
        Assert.Equal("a AND and AND b", Canonical("a and b"));

    [Fact]
    public void Phrase_keeps_its_words_and_slop()
    {
        var phrase = Assert.IsType<PhraseQuery>(QueryParser.Parse("\"central bank\"~5"));
        Assert.Equal(["central", "bank"], phrase.Words);
        Assert.Equal(5, phrase.Slop);
    }

    [Fact]
    public void Word_ending_in_star_is_a_prefix() =>
        Assert.Equal(new PrefixQuery(TextField.Any, "univers"), QueryParser.Parse("univers*"));

    [Fact]
    public void Title_field_applies_to_every_word_of_its_group() =>
        Assert.Equal("title:a OR title:\"b c\"", Canonical("title:(a OR \"b c\")"));

    [Fact]
    public void Metadata_fields_become_filters() =>
        Assert.Equal("source:tengrinews.kz AND tag:economy AND lang:kk", Canonical("source:tengrinews.kz tag:economy lang:kk"));

    [Fact]
    public void Watchlist_reference_keeps_its_name_and_position()
    {
        var and = Assert.IsType<AndQuery>(QueryParser.Parse("bank @officials"));
        Assert.Equal(new WatchlistQuery("officials", 5), and.Clauses[1]);
    }

    [Fact]
    public void Inclusive_date_range_covers_the_whole_last_day()
    {
        var range = Assert.IsType<DateRangeQuery>(QueryParser.Parse("published:[2024-01-01 TO 2024-12-31]"));
        Assert.Equal(new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero), range.From);
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), range.To);
    }

    [Fact]
    public void Exclusive_lower_bound_starts_the_next_day()
    {
        var range = Assert.IsType<DateRangeQuery>(QueryParser.Parse("published:{2024-03-01 TO *]"));
        Assert.Equal(new DateTimeOffset(2024, 3, 2, 0, 0, 0, TimeSpan.Zero), range.From);
        Assert.Null(range.To);
    }

    [Fact]
    public void Comparison_gives_an_open_range() =>
        Assert.Equal(new DateRangeQuery(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), null), QueryParser.Parse("published:>=2024-05-01"));

    [Fact]
    public void Date_with_time_keeps_the_time() =>
        Assert.Equal(new DateRangeQuery(null, new DateTimeOffset(2024, 5, 1, 10, 30, 0, TimeSpan.Zero)), QueryParser.Parse("published:<2024-05-01T10:30:00Z"));

    [Theory]
    [InlineData("", 0, "a term")]
    [InlineData("(a", 2, "')'")]
    [InlineData("a AND", 5, "a term")]
    [InlineData("a)", 1, "an operator, a term or end of query")]
    [InlineData("title:", 6, "a word, a \"phrase\" or '(' after ':'")]
    [InlineData("colour:red", 0, "a field name (title, text, source, tag, lang, published, translit)")]
    [InlineData("\"central bank", 13, "closing '\"'")]
    [InlineData("\"a b\"~x", 6, "a number after '~'")]
    [InlineData("bank @", 6, "a watchlist name after '@'")]
    [InlineData("un*ty", 2, "'*' only at the end of a word")]
    [InlineData("u*", 0, "at least 2 letters before '*'")]
    [InlineData("published:[2024-01-01 TO", 24, "a date (yyyy-MM-dd) or '*'")]
    [InlineData("published:[2024-01-01 2024-02-01]", 22, "'TO'")]
    [InlineData("published:>=yesterday", 12, "a date (yyyy-MM-dd or yyyy-MM-ddTHH:mm:ssZ)")]
    [InlineData("a OR OR b", 5, "a term")]
    public void Invalid_query_reports_position_and_what_was_expected(string query, int position, string expected)
    {
        var error = Assert.Throws<QueryParseException>(() => QueryParser.Parse(query));
        Assert.Equal(position, error.Position);
        Assert.Equal(expected, error.Expected);
        Assert.StartsWith($"expected {expected} at {position}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_returns_the_error_instead_of_throwing()
    {
        Assert.False(QueryParser.TryParse("(a OR b", out var query, out var error));
        Assert.Null(query);
        Assert.Equal(7, error!.Position);
    }

    [Fact]
    public void Parse_error_converts_to_the_core_invalid_query_error()
    {
        var error = Assert.Throws<QueryParseException>(() => QueryParser.Parse("a AND")).ToInvalidQuery();
        Assert.Equal(5, error.Position);
    }
}
