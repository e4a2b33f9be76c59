using Lucene.Net.Store;
using Watchdog.Storage.Search;
using Watchdog.Testing;

namespace Watchdog.Storage.Tests.Search;

/// <summary>Which index files are read through memory maps and which with positional reads (see <see cref="IndexFolder"/>).</summary>
public sealed class IndexFolderTests : IDisposable
{
    private readonly string _folder = TestPaths.NewTempFolder("watchdog-index-folder");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans temp folders.
        }
    }

    [Theory]
    [InlineData("_0.fdt")]
    [InlineData("_0.tvd")]
    [InlineData("_0.cfs")]
    public void Stored_fields_term_vectors_and_compound_files_are_read_without_a_memory_map(string file)
    {
        // NIOFSDirectory's input type is not public: it is a buffered input, which a mapped one never is.
        var input = WrittenAndOpened(file);
        Assert.IsAssignableFrom<BufferedIndexInput>(input);
        Assert.False(input is ByteBufferIndexInput);
    }

    [Theory]
    [InlineData("_0_Lucene41_0.doc")]
    [InlineData("_0_Lucene41_0.tim")]
    [InlineData("_0.fdx")]
    public void Postings_term_dictionaries_and_small_indexes_are_memory_mapped(string file) =>
        Assert.IsAssignableFrom<ByteBufferIndexInput>(WrittenAndOpened(file));

    [Fact]
    public void Both_kinds_read_back_what_was_written()
    {
        using var folder = IndexFolder.Open(_folder, new SingleInstanceLockFactory());
        foreach (var file in new[] { "_1.fdt", "_1.doc" })
        {
            using (var output = folder.CreateOutput(file, IOContext.DEFAULT)) output.WriteInt64(4_200_000_000L);
            using var input = folder.OpenInput(file, IOContext.READ);
            Assert.Equal(4_200_000_000L, input.ReadInt64());
        }
        Assert.Equal(["_1.doc", "_1.fdt"], folder.ListAll().Order(StringComparer.Ordinal));
    }

    private IndexInput WrittenAndOpened(string file)
    {
        using var folder = IndexFolder.Open(_folder, new SingleInstanceLockFactory());
        using (var output = folder.CreateOutput(file, IOContext.DEFAULT)) output.WriteInt32(42);
        var input = folder.OpenInput(file, IOContext.READ);
        Assert.Equal(42, input.ReadInt32());
        input.Dispose();
        return input;
    }
}
