using System.Security.Cryptography;
using System.Text;
using Watchdog.Pipeline.Stages.Articles;

namespace Watchdog.EndToEnd.Tests.Pipeline;

/// <summary>
/// The content hash is stored with every article and decides duplicates, so it must not change: it is pinned against
/// the plain definition (split on white space, join with one space, lower-case, UTF-8, SHA-256).
/// </summary>
public class ContentHashTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("Plain English text.")]
    [InlineData("  Leading and trailing  \r\n white\u00A0space\u2003and\u3000runs\t\t ")]
    [InlineData("Токаев встретился с АКИМОМ Алматы. Қазақстан Республикасы ӘЛЕМДІК")]
    [InlineData("ΟΔΟΣ ΣΟΦΟΣ İstanbul DİYARBAKIR ǅ ß ẞ")]
    [InlineData("emoji 😀 and Deseret 𐐀𐐁 letters, a lone \uD800 surrogate and \uDC00 another")]
    [InlineData("line\u2028separator\u2029paragraph\u0085next\u000Bvt\u000Cff")]
    public void Matches_the_plain_definition(string text)
    {
        Assert.Equal(Plain(text), ArticleComposer.ContentHash(text));
    }

    [Fact]
    public void The_same_article_served_with_other_case_and_spacing_hashes_the_same()
    {
        Assert.Equal(ArticleComposer.ContentHash("The Mayor  said\nno."), ArticleComposer.ContentHash(" the mayor said no. "));
    }

    [Fact]
    public void A_long_text_matches_the_plain_definition()
    {
        var text = string.Concat(Enumerable.Range(0, 5000).Select(i => $"Слово{i}  word\t"));
        Assert.Equal(Plain(text), ArticleComposer.ContentHash(text));
    }

    private static string Plain(string text)
    {
        var normalised = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
    }
}
