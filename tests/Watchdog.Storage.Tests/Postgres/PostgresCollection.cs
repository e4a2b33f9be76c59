using Watchdog.Testing.Postgres;

namespace Watchdog.Storage.Tests.Postgres;

/// <summary>One PostgreSQL server for every test class of this assembly that needs one (xunit wants the definition here).</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresServerFixture>
{
    public const string Name = "PostgreSQL server";
}
