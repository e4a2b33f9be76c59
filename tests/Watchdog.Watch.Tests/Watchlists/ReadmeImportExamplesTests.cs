using System.Text.RegularExpressions;
using Watchdog.Core.Watching;
using Watchdog.Testing;
using Watchdog.Watch.Watchlists.Import;

namespace Watchdog.Watch.Tests.Watchlists;

/// <summary>The CSV and YAML examples in the README's "Watchlists" section import as they say, so the documentation cannot drift from the importer.</summary>
public partial class ReadmeImportExamplesTests
{
    private static string Example(string language)
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"));
        var section = readme[readme.IndexOf("\n### Watchlists", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n### ", 1, StringComparison.Ordinal)];
        return Fence().Matches(section).Single(m => m.Groups["language"].Value == language).Groups["body"].Value;
    }

    [Fact]
    public void The_csv_example_imports_every_row_with_its_kind_and_aliases()
    {
        var result = WatchlistCsvImporter.Import(new StringReader(Example("csv")));

        Assert.Empty(result.Errors);
        Assert.Equal([WatchlistEntryKind.Person, WatchlistEntryKind.Organisation, WatchlistEntryKind.Place], result.Entries.Select(e => e.Kind));
        Assert.Equal(["Kaspi Bank", "Каспи"], result.Entries[1].Aliases);
        Assert.Equal("ru", result.Entries[2].Language);
    }

    [Fact]
    public void The_yaml_example_imports_every_entry_and_a_bare_word_as_a_term()
    {
        var result = WatchlistYamlImporter.Import(new StringReader(Example("yaml")));

        Assert.Empty(result.Errors);
        Assert.Equal([WatchlistEntryKind.Person, WatchlistEntryKind.Organisation, WatchlistEntryKind.Term], result.Entries.Select(e => e.Kind));
        Assert.Equal("банк OR bank", result.Entries[1].ContextQuery);
    }

    [GeneratedRegex(@"```(?<language>csv|yaml)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
