namespace Watchdog.SampleWeb.Logging;

/// <summary>Every request the sample web answered, in arrival order; thread-safe, for tests to assert on.</summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _requests = [];

    public void Add(RecordedRequest request)
    {
        lock (_gate) _requests.Add(request);
    }

    public int Count
    {
        get { lock (_gate) return _requests.Count; }
    }

    /// <summary>A copy of the log as it is now.</summary>
    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate) return [.. _requests];
    }

    public IReadOnlyList<RecordedRequest> ForSite(string site) => Snapshot().Where(r => r.Site == site).ToList();

    public IReadOnlyList<RecordedRequest> ForPath(string site, string path) =>
        Snapshot().Where(r => r.Site == site && r.Path == path).ToList();

    public void Clear()
    {
        lock (_gate) _requests.Clear();
    }
}
