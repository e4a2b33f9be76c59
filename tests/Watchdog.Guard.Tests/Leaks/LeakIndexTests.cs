using Watchdog.Guard.Leaks;
using Watchdog.Testing;

namespace Watchdog.Guard.Tests.Leaks;

/// <summary>Finding passages of a registered confidential document in public articles.</summary>
public sealed class LeakIndexTests
{
    private const string LeakedStart = "Источники просили";
    private const string LeakedEnd = "руководителя управления";

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Leaks", name));

    private static readonly string Memo = Fixture("confidential-memo.txt");
    private static readonly string Article = Fixture("article-with-leak.txt");

    private static LeakIndex IndexWithMemo()
    {
        var index = new LeakIndex();
        index.Add(new LeakDocument("memo-1", "Записка о закупках", DocumentFingerprint.FromText(Memo)));
        return index;
    }

    [Fact]
    public void Leaked_paragraph_in_an_unrelated_article_is_found_at_its_place_in_the_article()
    {
        var match = Assert.Single(IndexWithMemo().Match(Article));

        var span = Assert.Single(match.Spans);
        var quoteStart = Article.IndexOf(LeakedStart, StringComparison.Ordinal);
        var quoteEnd = Article.IndexOf(LeakedEnd, StringComparison.Ordinal) + LeakedEnd.Length;
        // Winnowing keeps about one k-gram in three, so a span may start and end a few words inside the copied passage.
        Assert.InRange(span.Start, quoteStart, quoteStart + 60);
        Assert.InRange(span.End, quoteEnd - 60, quoteEnd);
        Assert.Equal("memo-1", match.DocumentId);
        Assert.InRange(match.Coverage, LeakReportingRule.MinCoverage, 0.6);
    }

    [Fact]
    public void Upper_cased_copy_is_found() =>
        Assert.Single(IndexWithMemo().Match(Article.ToUpperInvariant()));

    [Fact]
    public void Copy_with_yo_written_as_ye_is_found() =>
        Assert.Single(IndexWithMemo().Match(Article.Replace('ё', 'е')));

    [Fact]
    public void Copy_with_latin_look_alike_letters_is_found() =>
        Assert.Single(IndexWithMemo().Match(Article.Replace("о", "o", StringComparison.Ordinal).Replace("а", "a", StringComparison.Ordinal)));

    [Fact]
    public void Copy_with_a_few_words_changed_is_found()
    {
        var edited = Article
            .Replace("передал копии", "отдал копии", StringComparison.Ordinal)
            .Replace("главных врачей", "главврачей", StringComparison.Ordinal)
            .Replace("подтвердил", "сообщил", StringComparison.Ordinal);
        Assert.NotEqual(Article, edited);

        Assert.Single(IndexWithMemo().Match(edited));
    }

    [Fact]
    public void Article_on_the_same_topic_without_shared_passages_is_not_a_leak() =>
        Assert.Empty(IndexWithMemo().Match(Fixture("article-same-topic.txt")));

    [Fact]
    public void Stock_phrase_shared_with_the_document_is_not_a_leak()
    {
        var article = Fixture("article-same-topic.txt") + " " + Fixture("stock-phrase.txt");
        Assert.Contains(Fixture("stock-phrase.txt").Trim(), Memo, StringComparison.Ordinal);

        Assert.Empty(IndexWithMemo().Match(article));
    }

    [Fact]
    public void Removed_document_is_no_longer_matched()
    {
        var index = IndexWithMemo();

        Assert.True(index.Remove("memo-1"));

        Assert.Empty(index.Match(Article));
        Assert.Equal(0, index.Count);
    }

    [Fact]
    public void Adding_a_document_with_the_same_id_replaces_it()
    {
        var index = IndexWithMemo();

        index.Add(new LeakDocument("memo-1", "Другое", DocumentFingerprint.FromText(Fixture("article-same-topic.txt"))));

        Assert.Empty(index.Match(Article));
        Assert.Equal(1, index.Count);
    }

    [Fact]
    public void Matching_while_documents_are_added_gives_the_same_answer_on_every_thread()
    {
        var index = IndexWithMemo();
        var results = new System.Collections.Concurrent.ConcurrentBag<int>();

        Parallel.For(0, 200, i =>
        {
            if (i % 10 == 0) index.Add(new LeakDocument($"other-{i}", "other", DocumentFingerprint.FromText(Fixture("article-same-topic.txt") + i)));
            results.Add(index.Match(Article).Count(m => m.DocumentId == "memo-1"));
        });

        Assert.All(results, count => Assert.Equal(1, count));
    }
}
