using Watchdog.Core.Entities;

namespace Watchdog.Analysis.Entities;

/// <summary>The names kinds go by in the API, the CLI and JSON: person, organization, location (<see cref="KindNames"/> reads the other spellings).</summary>
public static class EntityKindNames
{
    public const string Help = KindNames.EntityHelp;

    public static string Name(EntityKind kind) => kind switch
    {
        EntityKind.Person => KindNames.Person,
        EntityKind.Organization => KindNames.Organization,
        _ => KindNames.Location,
    };

    /// <summary>Reads a kind in any spelling <see cref="KindNames"/> accepts (any case, surrounding spaces ignored).</summary>
    public static bool TryParse(string? text, out EntityKind kind) => KindNames.TryParse(text, Name, out kind);
}
