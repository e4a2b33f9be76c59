using System.Security;

namespace Watchdog.EndToEnd.Tests.Support;

/// <summary>Small RSS feeds and article pages for tests that script their own server.</summary>
public static class TestFeeds
{
    public static string Rss(params Uri[] itemLinks) =>
        $"""
         <?xml version="1.0" encoding="utf-8"?>
         <rss version="2.0"><channel><title>Test feed</title><link>http://127.0.0.1/</link>
         {string.Concat(itemLinks.Select((link, i) => $"<item><title>Item {i}</title><link>{SecurityElement.Escape(link.AbsoluteUri)}</link><guid>{i}</guid></item>"))}
         </channel></rss>
         """;

    /// <summary>An article page of several real paragraphs, so the extractor sees an article; <paramref name="marker"/> makes it findable.</summary>
    public static string ArticlePage(string title, string marker) =>
        $"""
         <!doctype html><html lang="en"><head><title>{title}</title></head><body>
         <header><nav><a href="/">Home</a></nav></header>
         <article><h1>{title}</h1>
         <p>The regional assembly met on Tuesday to discuss the new media law, which {marker} critics say would restrict reporting on public officials and courts.</p>
         <p>Journalists from three independent outlets told the committee that the draft gives regulators power to block websites without a court order, and that the appeal process is unclear.</p>
         <p>The ministry replied that the law targets only fraudulent sites and promised to publish a revised draft after consultations with editors and lawyers next month.</p>
         </article><footer>© Test</footer></body></html>
         """;
}
