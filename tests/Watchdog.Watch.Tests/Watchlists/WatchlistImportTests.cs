using Watchdog.Core.Watching;
using Watchdog.Watch.Watchlists.Import;

namespace Watchdog.Watch.Tests.Watchlists;

public class WatchlistImportTests
{
    private static WatchlistImportResult Csv(string text) => WatchlistCsvImporter.Import(new StringReader(text));
    private static WatchlistImportResult Yaml(string text) => WatchlistYamlImporter.Import(new StringReader(text));

    [Fact]
    public void Csv_rows_become_entries_with_quoted_fields_and_aliases()
    {
        var result = Csv("text,kind,aliases,language\nНазарбаев,person,\"Nazarbayev|Назарбаева, Н.\",ru\n");

        var entry = Assert.Single(result.Entries);
        Assert.Equal((WatchlistEntryKind.Person, "ru"), (entry.Kind, entry.Language));
        Assert.Equal(["Nazarbayev", "Назарбаева, Н."], entry.Aliases);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Csv_bad_rows_are_reported_by_line_and_good_rows_kept()
    {
        var result = Csv("text,kind,context_query\nbank,term,\n,term,\noil,animal,\ngas,term,(price\nKaspi,organisation,bank OR finance\n");

        Assert.Equal(["bank", "Kaspi"], result.Entries.Select(e => e.Text));
        Assert.Equal([3, 4, 5], result.Errors.Select(e => e.Row));
        Assert.Equal("'text' is empty", result.Errors[0].Reason);
        Assert.StartsWith("'kind' is 'animal'", result.Errors[1].Reason, StringComparison.Ordinal);
        Assert.Equal("'context_query' is invalid: expected ')' at 6", result.Errors[2].Reason);
    }

    [Fact]
    public void Kinds_are_read_in_either_spelling_in_csv_and_yaml()
    {
        var csv = Csv("text,kind\nKaspi,organization\nHalyk,Organisation\nАлматы,location\nАстана,place\nТоқаев,people\n");
        var yaml = Yaml("- {text: Kaspi, kind: org}\n- {text: Алматы, kind: LOC}\n");

        Assert.Empty(csv.Errors);
        Assert.Equal([WatchlistEntryKind.Organisation, WatchlistEntryKind.Organisation, WatchlistEntryKind.Place, WatchlistEntryKind.Place, WatchlistEntryKind.Person],
            csv.Entries.Select(e => e.Kind));
        Assert.Equal([WatchlistEntryKind.Organisation, WatchlistEntryKind.Place], yaml.Entries.Select(e => e.Kind));
    }

    [Fact]
    public void Csv_quoted_field_may_span_lines_and_rows_keep_their_line_numbers()
    {
        var result = Csv("text,aliases\n\"Central\nBank\",CB\n\n,NB\n");

        Assert.Equal("Central\nBank", Assert.Single(result.Entries).Text);
        Assert.Equal(5, Assert.Single(result.Errors).Row);
    }

    [Fact]
    public void Csv_with_an_unknown_column_is_rejected_at_the_header()
    {
        var error = Assert.Single(Csv("text,colour\nbank,red\n").Errors);

        Assert.Equal(1, error.Row);
        Assert.StartsWith("unknown column 'colour'", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_entries_are_read_with_list_aliases()
    {
        var result = Yaml("entries:\n  - text: Алматы\n    kind: place\n    aliases: [Almaty, Алма-Ата]\n    source_tag: kz\n  - Kaspi\n");

        Assert.Equal(["Алматы", "Kaspi"], result.Entries.Select(e => e.Text));
        Assert.Equal(["Almaty", "Алма-Ата"], result.Entries[0].Aliases);
        Assert.Equal("kz", result.Entries[0].SourceTag);
    }

    [Fact]
    public void Yaml_bad_entries_are_reported_by_line_and_good_ones_kept()
    {
        var result = Yaml("- text: bank\n- text: oil\n  language: russian\n- text: gas\n  colour: red\n- text: ok\n");

        Assert.Equal(["bank", "ok"], result.Entries.Select(e => e.Text));
        Assert.Equal([2, 4], result.Errors.Select(e => e.Row));
        Assert.StartsWith("unknown key 'colour'", result.Errors[1].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Yaml_syntax_error_is_reported_with_its_line()
    {
        var error = Assert.Single(Yaml("- text: bank\n- text: [oil\n").Errors);

        Assert.StartsWith("not valid YAML", error.Reason, StringComparison.Ordinal);
        Assert.InRange(error.Row, 2, 3);
    }
}
