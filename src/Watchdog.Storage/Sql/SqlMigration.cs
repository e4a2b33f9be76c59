namespace Watchdog.Storage.Sql;

/// <summary>One schema step: <see cref="Version"/> is the file name without extension (e.g. "0001_initial"), which also orders it.</summary>
public sealed record SqlMigration(string Version, string Sql);
