using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Cli.CommandLine;
using Watchdog.Core.Search;

namespace Watchdog.Cli.Commands.Stories;

/// <summary>The options `watchdog stories` and `watchdog stories sources` share: the search filters, the days back and a limit.</summary>
public sealed class StoryFilters
{
    private readonly SearchFilterOptions _search = new();

    public Option<int> Days { get; } = new("--days") { Description = "How many days back, when --from is not given", DefaultValueFactory = _ => 30 };

    public Option<int> Limit { get; } = new("--limit") { Description = "At most this many", DefaultValueFactory = _ => 20 };

    public void AddTo(Command command)
    {
        _search.AddTo(command);
        command.Options.Add(Days);
        command.Options.Add(Limit);
    }

    /// <exception cref="UsageException">An option is out of range.</exception>
    public SearchRequest Read(ParseResult parse, string query, IServiceProvider services)
    {
        if (parse.GetValue(Days) is < 1 or > 365) throw new UsageException("--days must be between 1 and 365.");
        if (parse.GetValue(Limit) < 1) throw new UsageException("--limit must be 1 or more.");
        var filtered = _search.Read(parse, query);
        return filtered with
        {
            From = filtered.From ?? (filtered.To ?? services.GetRequiredService<TimeProvider>().GetUtcNow()).AddDays(-parse.GetValue(Days)),
        };
    }
}
