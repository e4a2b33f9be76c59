using System.Text;

namespace Watchdog.SampleWeb.Rendering;

/// <summary>Fills <c>{{name}}</c> placeholders. An unknown placeholder is a bug in the bundled content, so it throws.</summary>
public static class Template
{
    public static string Fill(string template, IReadOnlyDictionary<string, string> values)
    {
        var output = new StringBuilder(template.Length * 2);
        var position = 0;
        while (true)
        {
            var open = template.IndexOf("{{", position, StringComparison.Ordinal);
            if (open < 0) break;
            var close = template.IndexOf("}}", open, StringComparison.Ordinal);
            if (close < 0) throw new InvalidDataException($"Unclosed '{{{{' at {open}.");
            var name = template[(open + 2)..close].Trim();
            if (!values.TryGetValue(name, out var value)) throw new InvalidDataException($"Template placeholder '{name}' has no value.");
            output.Append(template, position, open - position).Append(value);
            position = close + 2;
        }
        return output.Append(template, position, template.Length - position).ToString();
    }
}
