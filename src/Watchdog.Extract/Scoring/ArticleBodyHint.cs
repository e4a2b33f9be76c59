using System.Text;

namespace Watchdog.Extract.Scoring;

/// <summary>
/// Uses the article body a page declares in JSON-LD (schema.org articleBody) as a hint, not as the
/// answer: publishers often truncate it, strip its paragraphs or leave it stale, but a block whose
/// words appear in it is the publisher's own statement that the block is article text.
/// </summary>
public static class ArticleBodyHint
{
    /// <summary>Declared bodies shorter than this are summaries, too short to vouch for anything.</summary>
    public const int MinDeclaredBodyLength = 200;

    /// <summary>Blocks shorter than this match by chance ("Advertisement", a name).</summary>
    public const int MinBlockLength = 40;

    /// <summary>Extra weight, per character, for a block the declared body contains.</summary>
    public const double ConfirmedProseBonus = 0.5;

    public static void Apply(BlockLayout layout, double[] weights, string? declaredBody)
    {
        if (declaredBody is null || declaredBody.Length < MinDeclaredBodyLength) return;
        var body = Normalise(declaredBody);
        for (var i = 0; i < weights.Length; i++)
        {
            var block = layout.Blocks[i];
            if (block.Length < MinBlockLength || block.Kind == BlockKind.Heading) continue;
            if (body.Contains(Normalise(block.Text), StringComparison.Ordinal))
            {
                weights[i] = Math.Max(weights[i], 0) + block.Length * ConfirmedProseBonus;
            }
        }
    }

    // Letters and digits only, lower-cased, single spaces: JSON-LD bodies lose markup, quotes and line breaks.
    private static string Normalise(string text)
    {
        var output = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsLetterOrDigit(ch))
            {
                if (pendingSpace && output.Length > 0) output.Append(' ');
                output.Append(char.ToLowerInvariant(ch));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }
        return output.ToString();
    }
}
