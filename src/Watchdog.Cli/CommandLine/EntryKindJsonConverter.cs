using System.Text.Json;
using System.Text.Json.Serialization;
using Watchdog.Core.Entities;
using Watchdog.Core.Watching;

namespace Watchdog.Cli.CommandLine;

/// <summary>Writes a watchlist entry's kind by its canonical name (organization, location), the one every command prints.</summary>
public sealed class EntryKindJsonConverter : JsonConverter<WatchlistEntryKind>
{
    public override WatchlistEntryKind Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        KindNames.TryParse(reader.GetString(), out var kind) ? kind : throw new JsonException($"'{reader.GetString()}' is not a kind; use {KindNames.EntryHelp}.");

    public override void Write(Utf8JsonWriter writer, WatchlistEntryKind value, JsonSerializerOptions options) =>
        writer.WriteStringValue(KindNames.Name(value));
}
