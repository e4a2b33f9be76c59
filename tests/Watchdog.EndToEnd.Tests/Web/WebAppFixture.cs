using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Watchdog.Core.Search;
using Watchdog.Core.Storage;
using Watchdog.Testing;
using Watchdog.Web;

namespace Watchdog.EndToEnd.Tests.Web;

/// <summary>
/// The real web app on Kestrel at 127.0.0.1 (free port) over a fresh data folder, without background workers,
/// with the sample web's articles stored and indexed directly so search has something to find.
/// </summary>
public class WebAppFixture : IAsyncLifetime
{
    private readonly StringBuilder _announced = new();

    public string DataFolder { get; } = TestPaths.NewTempFolder("watchdog-web");

    public WebApplication App { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseUri { get; private set; } = null!;

    public string Announced => _announced.ToString();

    public SeededCorpus Corpus { get; private set; } = null!;

    public T Service<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Settings added to the fixture's own, for a fixture that needs the app configured otherwise.</summary>
    protected virtual IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?>();

    public virtual async Task InitializeAsync()
    {
        App = WatchdogWebApp.Build(["--urls", "http://127.0.0.1:0"], new WebAppSettings
        {
            RunWorkers = false,
            Announce = new StringWriter(_announced),
            ConfigOverrides = WithDefaults(Settings, DataFolder),
        });
        await App.StartAsync();
        BaseUri = new Uri(App.Urls.First());
        Client = new HttpClient { BaseAddress = BaseUri };
        Corpus = await SeededCorpus.StoreAsync(Service<ISourceStore>(), Service<IArticleStore>(), Service<ISearchIndex>(), CancellationToken.None);
    }

    /// <summary>Tokens off unless the fixture asks for them: most tests are about what the API does, not who may call it.</summary>
    private static Dictionary<string, string?> WithDefaults(IReadOnlyDictionary<string, string?> settings, string dataFolder)
    {
        var all = new Dictionary<string, string?>(settings) { ["Watchdog:DataFolder"] = dataFolder };
        all.TryAdd("Watchdog:Auth:Required", "false");
        return all;
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by the index must not fail the run; the temp folder is cleaned by the OS.
        }
    }
}
