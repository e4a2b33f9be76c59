using Watchdog.Storage.Postgres.Search;

namespace Watchdog.Storage.Tests.Search;

/// <summary>The tsvector text the PostgreSQL store indexes: Watchdog's keys, their positions and weights.</summary>
public sealed class PostgresSearchVectorTests
{
    [Fact]
    public void Title_words_weigh_A_and_text_words_B_each_at_its_position()
    {
        var vector = SearchVector.Of("Bank rates", "The bank", "en");

        var textStart = 2 + SearchVector.FieldGap;
        Assert.Equal($"'bank':1A,{textStart + 1}B 'rate':2A 'the':{textStart}B ' language en'", vector);
    }

    [Theory]
    [InlineData("Назарбаев", "Назарбаеву", "ru")]
    [InlineData("Алматы", "Алматыда", "kk")]
    public void Forms_of_one_word_get_one_key_in_the_articles_language(string word, string form, string language) =>
        Assert.Equal(SearchVector.Of(word, "", language), SearchVector.Of(form, "", language));

    [Fact]
    public void Words_past_the_last_position_postgresql_keeps_share_it()
    {
        var text = string.Join(" ", Enumerable.Repeat("word", SearchVector.MaxPosition + 10));

        var vector = SearchVector.Of("", text, "und");

        Assert.EndsWith($",{SearchVector.MaxPosition - 1}B,{SearchVector.MaxPosition}B ' language und'", vector, StringComparison.Ordinal);
    }

    [Fact]
    public void Quotes_and_backslashes_in_keys_are_escaped()
    {
        Assert.Equal("'o''brien':1A ' language und'", SearchVector.Of("O\u2019Brien", "", "und"));
    }

    [Fact]
    public void Every_vector_carries_its_language_where_no_word_or_prefix_reaches()
    {
        Assert.Equal("' language kk'", SearchVector.Of("", "", "kk"));
        Assert.StartsWith(" ", SearchVector.LanguageLexeme("ru"), StringComparison.Ordinal);
    }
}
