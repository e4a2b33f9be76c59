using System.Text;
using Watchdog.Core.Storage;
using Watchdog.Storage.Raw;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

public abstract class RawStoreContract : StoreContract
{
    private static RawMetadata Meta(string url, DateTimeOffset? at = null) =>
        new(new Uri(url), "text/html", "windows-1251", at ?? ManualClock.Epoch, 3);

    [Fact]
    public async Task Body_round_trips_byte_for_byte_with_its_metadata()
    {
        var body = Encoding.GetEncoding("utf-16").GetBytes("<html>Привет, мир — сәлем әлем</html>");

        var hash = await Store.Raw.PutAsync(body, Meta("https://news.example/a"), Ct);
        var entry = await Store.Raw.GetAsync(hash, Ct);

        Assert.Equal(RawBodyCodec.Hash(body), hash);
        Assert.Equal(body, entry?.Body);
        Assert.Equal(Meta("https://news.example/a"), entry?.Metadata);
    }

    [Fact]
    public async Task Body_put_with_the_fetchers_hash_is_stored_under_it_and_a_malformed_hash_is_refused()
    {
        var body = Encoding.UTF8.GetBytes("<html>сәлем</html>");
        var known = RawBodyCodec.Hash(body);

        var hash = await Store.Raw.PutAsync(body, known, Meta("https://news.example/h"), Ct);

        Assert.Equal(known, hash);
        Assert.Equal(body, (await Store.Raw.GetAsync(known, Ct))?.Body);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.Raw.PutAsync(body, "../../etc/passwd", Meta("https://news.example/x"), Ct));
    }

    [Fact]
    public async Task Empty_body_is_stored_too()
    {
        var hash = await Store.Raw.PutAsync(ReadOnlyMemory<byte>.Empty, Meta("https://news.example/empty"), Ct);

        Assert.Empty((await Store.Raw.GetAsync(hash, Ct))!.Body);
    }

    [Fact]
    public async Task Identical_bodies_share_one_hash_and_every_fetch_is_remembered()
    {
        var body = Encoding.UTF8.GetBytes("same page");

        var first = await Store.Raw.PutAsync(body, Meta("https://news.example/a"), Ct);
        var second = await Store.Raw.PutAsync(body, Meta("https://mirror.example/a", ManualClock.Epoch.AddMinutes(1)), Ct);

        Assert.Equal(first, second);
        Assert.Equal("https://mirror.example/a", (await Store.Raw.GetAsync(first, Ct))!.Metadata.Url.AbsoluteUri);
        var scanned = new List<RawMetadata>();
        await foreach (var meta in Store.Raw.ScanAsync(Ct)) scanned.Add(meta);
        Assert.Equal(["https://news.example/a", "https://mirror.example/a"], scanned.Select(m => m.Url.AbsoluteUri));
    }

    [Fact]
    public async Task Unknown_or_malformed_hash_gives_null()
    {
        Assert.Null(await Store.Raw.GetAsync(new string('0', 64), Ct));
        Assert.Null(await Store.Raw.GetAsync("../../etc/passwd", Ct));
    }

    [Fact]
    public async Task Concurrent_puts_of_the_same_body_all_succeed()
    {
        var body = Encoding.UTF8.GetBytes(new string('x', 100_000));

        var hashes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => Store.Raw.PutAsync(body, Meta($"https://news.example/{i}"), Ct))));

        Assert.Single(hashes.Distinct());
        Assert.Equal(body, (await Store.Raw.GetAsync(hashes[0], Ct))!.Body);
    }
}
