using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Watchdog.Watch.Watchlists.Import;

/// <summary>
/// Imports watchlist entries from YAML: a list of mappings (or <c>entries:</c> holding one) with the keys
/// <c>text, kind, aliases</c> (a list or '|'-separated text)<c>, language, source_tag, context_query</c>.
/// </summary>
public static class WatchlistYamlImporter
{
    public static WatchlistImportResult Import(TextReader yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(yaml);
        }
        catch (YamlException e)
        {
            return new([], [new ImportRowError((int)e.Start.Line, $"not valid YAML: {e.InnerException?.Message ?? e.Message}")]);
        }
        if (stream.Documents.Count == 0) return new([], [new ImportRowError(1, "the file is empty; expected a list of entries")]);

        var root = stream.Documents[0].RootNode;
        if (root is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode("entries"), out var inner)) root = inner;
        if (root is not YamlSequenceNode list)
            return new([], [new ImportRowError(Line(root), "expected a list of entries (or 'entries:' holding one)")]);

        var entries = new List<Core.Watching.WatchlistEntry>();
        var errors = new List<ImportRowError>();
        foreach (var item in list.Children)
        {
            var (fields, error) = ReadFields(item);
            var (entry, invalid) = fields?.ToEntry() ?? (null, error);
            if (entry is not null) entries.Add(entry);
            else errors.Add(new ImportRowError(Line(item), invalid!));
        }
        return new WatchlistImportResult(entries, errors);
    }

    private static (EntryFields? Fields, string? Error) ReadFields(YamlNode item)
    {
        if (item is YamlScalarNode bare) return (new EntryFields(bare.Value, null, [], null, null, null), null);
        if (item is not YamlMappingNode mapping) return (null, "expected an entry (text, kind, aliases, …) or a single word");
        var values = new Dictionary<string, YamlNode>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in mapping.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!EntryFields.Names.Contains(name, StringComparer.OrdinalIgnoreCase))
                return (null, $"unknown key '{name}'; expected {string.Join(", ", EntryFields.Names)}");
            values[name] = value;
        }
        string? Scalar(string name) => values.GetValueOrDefault(name) is YamlScalarNode s ? s.Value : null;
        var aliases = values.GetValueOrDefault("aliases") switch
        {
            YamlSequenceNode seq => seq.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").ToArray(),
            YamlScalarNode s => EntryFields.SplitAliases(s.Value),
            null => [],
            _ => null,
        };
        if (aliases is null) return (null, "'aliases' must be a list or text");
        return (new EntryFields(Scalar("text"), Scalar("kind"), aliases, Scalar("language"), Scalar("source_tag"), Scalar("context_query")), null);
    }

    private static int Line(YamlNode node) => (int)node.Start.Line;
}
