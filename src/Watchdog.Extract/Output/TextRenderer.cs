using System.Text;
using Watchdog.Extract.Scoring;

namespace Watchdog.Extract.Output;

/// <summary>
/// Kept blocks as plain text: one paragraph per block, blank lines between, list items marked.
/// Figure captions stay in the HTML but not in the text: they describe a picture the text does not
/// show, and hand-made article bodies (the benchmark's among them) leave them out.
/// </summary>
public static class TextRenderer
{
    public static string Render(IReadOnlyList<TextBlock> blocks)
    {
        var text = new StringBuilder();
        foreach (var block in blocks)
        {
            if (block.Kind == BlockKind.Caption) continue;
            if (text.Length > 0) text.Append("\n\n");
            if (block.Kind == BlockKind.ListItem) text.Append("- ");
            text.Append(block.Text);
        }
        return text.ToString();
    }
}
