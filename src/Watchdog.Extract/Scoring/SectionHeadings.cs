namespace Watchdog.Extract.Scoring;

/// <summary>
/// Headings that open a section which is not the article: a comment thread ("Comments (12)",
/// "19 thoughts on …", "Комментарии", "Пікірлер") or a list of other stories ("Related stories",
/// "Читайте также", "Тағы оқыңыз"), in English, Russian and Kazakh. As data, matched on the heading's
/// words with counts and punctuation taken out.
/// </summary>
public static class SectionHeadings
{
    /// <summary>
    /// A section heading is a label of a few words; a longer heading that starts with one of these
    /// phrases ("Related: Senate passes the bill", "Comments from the minister on …") is a headline.
    /// </summary>
    public const int MaxWords = 6;

    /// <summary>Longest heading considered at all, post titles after "thoughts on" included.</summary>
    public const int MaxLength = 160;

    /// <summary>Phrases a comment section's heading starts with (after counts and punctuation are removed).</summary>
    public static readonly string[] CommentPhrases =
    [
        "comments", "reader comments", "responses", "replies", "leave a reply", "leave a comment", "post a comment",
        "add a comment", "add comment", "join the discussion", "join the conversation", "thoughts on", "responses to",
        "комментарии", "комментариев", "комментария", "оставить комментарий", "добавить комментарий", "оставьте комментарий",
        "ваш комментарий", "обсуждение", "отзывы", "пікірлер", "пікір қалдыру", "пікір жазу", "пікір қосу",
    ];

    /// <summary>Phrases a heading of other stories starts with.</summary>
    public static readonly string[] OtherStoriesPhrases =
    [
        "related", "read also", "also read", "read more", "read next", "more stories", "more from", "more news", "more on",
        "more in", "more articles", "you may also like", "you might also like", "you may like", "you might like",
        "recommended", "most read", "most popular", "most viewed", "popular", "trending", "latest news", "latest stories",
        "other news", "see also", "don't miss", "further reading", "top stories", "editor's picks",
        "читайте также", "читайте еще", "читайте ещё", "читать также", "похожие", "новости по теме", "материалы по теме",
        "по теме", "другие новости", "еще по теме", "ещё по теме", "популярное", "самое читаемое", "самое популярное",
        "последние новости", "рекомендуем", "смотрите также", "лента новостей", "новости партнеров", "новости партнёров",
        "тағы оқыңыз", "сондай-ақ оқыңыз", "оқи отырыңыз", "ұқсас жаңалықтар", "ұқсас материалдар", "тақырыпқа қатысты",
        "тақырып бойынша", "басқа жаңалықтар", "соңғы жаңалықтар", "көп оқылған", "танымал",
    ];

    /// <summary>Comment headings that go on with the post's title ("19 thoughts on “…”"), whatever its length.</summary>
    public static readonly string[] TitledCommentPhrases = ["thoughts on", "responses to", "replies to", "comments on", "комментарии к", "комментариев к"];

    private static readonly string[] AllPhrases = [.. CommentPhrases, .. OtherStoriesPhrases];

    /// <summary>Whether the heading text labels a comment thread or a list of other stories.</summary>
    public static bool OpensOtherSection(string heading)
    {
        if (heading.Length > MaxLength || heading.Contains(':', StringComparison.Ordinal)) return false;
        var words = Words(heading);
        if (words.Length == 0) return false;
        var normalised = string.Join(' ', words);
        if (StartsWithAny(normalised, TitledCommentPhrases)) return true;
        return words.Length <= MaxWords && StartsWithAny(normalised, AllPhrases);
    }

    private static bool StartsWithAny(string normalised, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (normalised.StartsWith(phrase, StringComparison.Ordinal)
                && (normalised.Length == phrase.Length || normalised[phrase.Length] == ' ')) return true;
        }
        return false;
    }

    // Lower-cased words of letters (and apostrophes), digits and punctuation dropped: "19 Comments" → ["comments"].
    private static string[] Words(string text)
    {
        var words = new List<string>();
        var word = new System.Text.StringBuilder();
        foreach (var ch in text)
        {
            if (char.IsLetter(ch) || ch is '\'' or '’' or '-' && word.Length > 0)
            {
                word.Append(ch == '’' ? '\'' : char.ToLowerInvariant(ch));
                continue;
            }
            if (word.Length > 0) words.Add(word.ToString());
            word.Clear();
        }
        if (word.Length > 0) words.Add(word.ToString());
        return [.. words];
    }
}
