using Watchdog.Core.Search;
using Watchdog.Storage.Search;
using Watchdog.Storage.Tests.Support;
using Watchdog.Testing;

namespace Watchdog.Storage.Tests.Search;

/// <summary>
/// One writer per index folder, held as an operating-system lock. (Across real processes, with kill -9, the end-to-end
/// tests run the `watchdog` command beside a running service.)
/// </summary>
public sealed class IndexWriterLockTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("watchdog-lock");
    private static CancellationToken Ct => CancellationToken.None;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    [Fact]
    public async Task A_reader_beside_the_writer_names_the_writer_and_leaves_its_lock_in_place()
    {
        using var writer = new LuceneSearchIndex(_folder, null, IndexAccess.Write);
        using (var reader = new LuceneSearchIndex(_folder, null, IndexAccess.WriteIfFree))
        {
            var refused = await Assert.ThrowsAsync<SearchIndexReadOnlyException>(() => reader.DeleteAsync(1, Ct));
            Assert.Equal(Environment.ProcessId, refused.Holder?.ProcessId);
        }

        await writer.IndexAsync([TestArticles.Make("After", "written after the reader closed", "en") with { Id = 7 }], Ct);
        using var later = new LuceneSearchIndex(_folder, null, IndexAccess.WriteIfFree);

        Assert.False(later.IsWritable);
        Assert.Equal(1, (await later.SearchAsync(new SearchRequest { Query = "written" }, Ct)).Total);
    }

    [Fact]
    public void A_read_only_opener_never_takes_the_lock_even_when_it_is_free()
    {
        using (new LuceneSearchIndex(_folder))
        {
            // Creates the index, then closes it.
        }

        using var reader = new LuceneSearchIndex(_folder, null, IndexAccess.Read);
        using var writer = new LuceneSearchIndex(_folder, null, IndexAccess.WriteIfFree);

        Assert.False(reader.IsWritable);
        Assert.True(writer.IsWritable);
    }

    [Fact]
    public async Task The_service_waits_for_a_writer_that_finishes()
    {
        var first = new LuceneSearchIndex(_folder, null, IndexAccess.WriteIfFree);
        var release = Task.Run(async () =>
        {
            await Task.Delay(TimeSpan.FromMilliseconds(700));
            first.Dispose();
        });

        using var service = new LuceneSearchIndex(_folder, null, IndexAccess.Write);
        await release;

        Assert.True(service.IsWritable);
    }

    [Fact]
    public void The_lock_is_free_again_once_its_holder_is_gone()
    {
        new LuceneSearchIndex(_folder, null, IndexAccess.Write).Dispose();

        using var next = new LuceneSearchIndex(_folder, null, IndexAccess.WriteIfFree);

        Assert.True(next.IsWritable);
        // Lucene names the lock after the folder ("lucene-…-write.lock"); the file stays, only the OS lock on it comes and goes.
        Assert.Single(Directory.GetFiles(_folder, "*write.lock"));
    }
}
