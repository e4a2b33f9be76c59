using System.Collections.Concurrent;

namespace Watchdog.Collect.Robots;

/// <summary>
/// Robots policies per host (scheme://host:port), each kept until it expires. Concurrent callers for the same
/// host share one load, so robots.txt is fetched once however many fetches start at the same moment.
/// </summary>
public sealed class RobotsCache(TimeSpan? lifetime = null, TimeProvider? time = null)
{
    /// <summary>RFC 9309 §2.4: a cached robots.txt should not be used for more than 24 hours.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(24);

    private readonly TimeSpan _lifetime = lifetime ?? DefaultLifetime;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public static string KeyFor(Uri url) => $"{url.Scheme}://{url.IdnHost}:{url.Port}";

    /// <param name="load">Loads the policy; returns the policy and how long it may be kept (null = the cache's lifetime).</param>
    public async Task<RobotsPolicy> GetOrLoadAsync(Uri url, Func<CancellationToken, Task<(RobotsPolicy Policy, TimeSpan? KeepFor)>> load, CancellationToken ct)
    {
        var key = KeyFor(url);
        var now = _time.GetUtcNow();
        while (true)
        {
            var entry = _entries.GetOrAdd(key, _ => new Entry(new Lazy<Task<(RobotsPolicy, TimeSpan?)>>(() => load(CancellationToken.None)), now));
            (RobotsPolicy Policy, TimeSpan? KeepFor) loaded;
            try
            {
                loaded = await entry.Load.Value.WaitAsync(ct);
            }
            catch (Exception) when (!ct.IsCancellationRequested)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
                throw;
            }
            if (now - entry.CreatedAt < (loaded.KeepFor ?? _lifetime)) return loaded.Policy;
            _entries.TryRemove(KeyValuePair.Create(key, entry)); // expired: load again
        }
    }

    public void Invalidate(Uri url) => _entries.TryRemove(KeyFor(url), out _);

    private sealed record Entry(Lazy<Task<(RobotsPolicy, TimeSpan?)>> Load, DateTimeOffset CreatedAt);
}
