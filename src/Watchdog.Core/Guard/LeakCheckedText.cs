using Watchdog.Core.Articles;

namespace Watchdog.Core.Guard;

/// <summary>
/// The text of an article that leak watch checks, and that <see cref="LeakFinding.Spans"/> point into: the title, a blank
/// line, then the body. A leaked sentence used as a headline is found too, and a viewer rebuilds the same string to mark spans.
/// </summary>
public static class LeakCheckedText
{
    public const string TitleSeparator = "\n\n";

    public static string Of(Article article) => Of(article.Title, article.Text);

    public static string Of(string title, string text) => title + TitleSeparator + text;
}
