namespace Watchdog.EndToEnd.Tests.Guard;

/// <summary>The confidential memo and the two article pages of the leak-watch tests (Fixtures/guard/).</summary>
public static class LeakFixtures
{
    /// <summary>The memo's second paragraph, which <see cref="ArticleQuotingMemo"/> quotes word for word.</summary>
    public const string QuotedParagraph =
        "The sources asked us not to reveal their names before publication. One of them works at the regional health department and handed " +
        "over copies of acceptance certificates in which the chief physicians signed documents dated on weekends. The second source confirmed " +
        "that the supplier is registered to a relative of the deputy head of the department.";

    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "guard", name);

    public static string Memo => File.ReadAllText(Path("confidential-memo.txt"));

    public static string ArticleQuotingMemo => File.ReadAllText(Path("article-quoting-memo.html"));

    public static string ArticleUnrelated => File.ReadAllText(Path("article-unrelated.html"));
}
