using Watchdog.Core.Watching;
using Watchdog.Watch.Explain;
using Watchdog.Watch.Matching;
using Watchdog.Watch.Tests.Support;
using Watchdog.Query.Watchlists;

namespace Watchdog.Watch.Tests.Explain;

public class MatchExplainerTests
{
    private static MatchExplainer Explainer(params Watchlist[] lists) =>
        new(new SuffixStrippingNormalizer(), new WatchlistCatalog(lists), AnalysisSpellingVariants.Instance, _ => "ru");

    [Fact]
    public void Matching_text_shows_the_passage_with_the_found_word_marked()
    {
        var result = Explainer().Explain("университет", "", "Студенты университета вышли на субботник.", "ru");

        Assert.True(result.Matched);
        var passage = Assert.Single(result.Passages);
        Assert.Equal("Студенты <mark>университета</mark> вышли на субботник.", passage.Highlighted);
    }

    [Theory]
    [InlineData("Спасатели укрепляют дамбу на реке. Студенты университета вышли на субботник.", "Студенты <mark>университета</mark>")]
    // The dot of an initial ends no sentence.
    [InlineData("Спасатели укрепляют дамбу на реке. Ректор А. Петров и студенты университета вышли на субботник.", "Ректор А. Петров и студенты <mark>университета</mark>")]
    public void A_passage_starts_where_the_sentence_of_its_match_starts(string text, string opening)
    {
        var passage = Assert.Single(Explainer().Explain("университет", "", text, "ru").Passages);

        Assert.StartsWith(opening, passage.Highlighted, StringComparison.Ordinal);
        Assert.Equal(text.IndexOf(passage.Text, StringComparison.Ordinal), passage.Start);
    }

    [Fact]
    public void Deep_in_a_long_sentence_a_passage_starts_at_a_whole_word_before_the_match()
    {
        var words = string.Join(' ', Enumerable.Range(0, 40).Select(i => $"слово{i}"));
        var passage = Assert.Single(Explainer().Explain("университет", "", $"{words} университета {words}.", "ru").Passages);

        Assert.Matches("^слово[0-9]+ ", passage.Text);
        Assert.Contains("<mark>университета</mark>", passage.Highlighted, StringComparison.Ordinal);
    }

    [Fact]
    public void Explanation_lists_each_term_with_its_normal_form_and_the_words_it_found()
    {
        var result = Explainer().Explain("университет -нефть", "", "Студенты университета.", "ru");

        var term = result.Terms[0];
        Assert.Equal(("университет", 1), (term.Term, term.Occurrences));
        Assert.Equal(["университет"], term.NormalisedForms);
        Assert.Equal(["университета"], term.MatchedWords);
        Assert.True(result.Terms[1].Negated);
    }

    [Fact]
    public void Negated_word_found_explains_why_the_query_did_not_match()
    {
        var result = Explainer().Explain("университет -нефть", "", "Университет купил нефть.", "ru");

        Assert.False(result.Matched);
        Assert.Equal((true, 1), (result.Terms[1].Negated, result.Terms[1].Occurrences));
    }

    [Fact]
    public void Language_is_detected_when_not_given()
    {
        var result = Explainer().Explain("bank", "", "The bank.", language: null);

        Assert.Equal(("ru", true), (result.Language, result.LanguageDetected));
    }

    [Fact]
    public void Invalid_query_is_reported_with_its_position_instead_of_a_match()
    {
        var result = Explainer().Explain("(bank", "", "bank", "en");

        Assert.Equal((false, 5), (result.Matched, result.ErrorPosition));
        Assert.Equal("expected ')' at 5", result.Error);
    }

    [Fact]
    public void Watchlist_reference_matches_an_alias_of_a_person()
    {
        var list = new Watchlist
        {
            Name = "people",
            Entries = [new WatchlistEntry { Text = "Nursultan Nazarbayev", Kind = WatchlistEntryKind.Person, Aliases = ["Назарбаев"] }],
        };

        var result = Explainer(list).Explain("@people", "", "Встреча с Назарбаевым прошла вчера.", "ru");

        Assert.True(result.Matched);
        Assert.Contains(result.Terms, t => t.MatchedWords.SequenceEqual(["Назарбаевым"]));
    }

    [Fact]
    public void Unknown_watchlist_is_an_error_pointing_at_the_reference()
    {
        var result = Explainer().Explain("bank @nobody", "", "bank", "en");

        Assert.Equal(5, result.ErrorPosition);
    }

    [Fact]
    public void Real_morphology_finds_inflected_russian_and_kazakh_forms()
    {
        var explainer = new MatchExplainer(AnalysisTermNormalizer.Default, WatchlistCatalog.Empty, AnalysisSpellingVariants.Instance, _ => "und");

        Assert.True(explainer.Explain("университет", "", "в университетах города", "ru").Matched);
        Assert.True(explainer.Explain("Алматы", "", "Біз Алматыда тұрамыз", "kk").Matched);
    }
}
