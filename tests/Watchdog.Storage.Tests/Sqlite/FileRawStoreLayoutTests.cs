using System.IO.Compression;
using System.Text;
using Watchdog.Core.Storage;
using Watchdog.Storage.Raw;
using Watchdog.Storage.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.Storage.Tests.Sqlite;

/// <summary>How the embedded raw store lays bodies out on disk.</summary>
public sealed class FileRawStoreLayoutTests : IAsyncLifetime
{
    private EmbeddedStore _store = null!;
    private static CancellationToken Ct => CancellationToken.None;
    private static readonly RawMetadata Meta = new(new Uri("https://news.example/a"), "text/html", "utf-8", ManualClock.Epoch, 1);

    public async Task InitializeAsync() => _store = await EmbeddedStore.OpenAsync(TestPaths.NewTempFolder("watchdog-raw"), new ManualClock());

    public Task DisposeAsync()
    {
        _store.Dispose();
        Directory.Delete(_store.DataFolder, recursive: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Body_is_a_gzip_file_under_two_levels_of_its_hash()
    {
        var body = Encoding.UTF8.GetBytes("<html>" + new string('a', 10_000) + "</html>");

        var hash = await _store.Raw.PutAsync(body, Meta, Ct);

        var path = Path.Combine(_store.DataFolder, "raw", hash[..2], hash[2..4], hash + ".gz");
        Assert.True(File.Exists(path));
        Assert.True(new FileInfo(path).Length < body.Length / 10);
        await using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await gzip.CopyToAsync(plain);
        Assert.Equal(body, plain.ToArray());
    }

    [Fact]
    public async Task Identical_bodies_leave_one_file_and_no_temporary_files()
    {
        var body = Encoding.UTF8.GetBytes("same");

        await _store.Raw.PutAsync(body, Meta, Ct);
        await _store.Raw.PutAsync(body, Meta with { Url = new Uri("https://news.example/b") }, Ct);

        Assert.Single(Directory.GetFiles(Path.Combine(_store.DataFolder, "raw"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_corrupted_file_is_reported_not_returned()
    {
        var hash = await _store.Raw.PutAsync(Encoding.UTF8.GetBytes("original"), Meta, Ct);
        var path = RawFileLayout.PathFor(Path.Combine(_store.DataFolder, "raw"), hash);
        await File.WriteAllBytesAsync(path, RawBodyCodec.Compress(Encoding.UTF8.GetBytes("tampered")));

        await Assert.ThrowsAsync<InvalidDataException>(() => _store.Raw.GetAsync(hash, Ct));
    }

    [Fact]
    public async Task Scan_records_name_the_hash_of_every_fetch()
    {
        var first = await _store.Raw.PutAsync(Encoding.UTF8.GetBytes("one"), Meta, Ct);
        var second = await _store.Raw.PutAsync(Encoding.UTF8.GetBytes("two"), Meta with { Url = new Uri("https://news.example/b") }, Ct);

        var hashes = new List<string>();
        await foreach (var record in _store.Raw.ScanRecordsAsync(Ct)) hashes.Add(record.Hash);

        Assert.Equal([first, second], hashes);
    }
}
