using Watchdog.Collect.Fetching;

namespace Watchdog.Collect.Tests.Fetching;

/// <summary>
/// Every body size comes back byte for byte, whether or not its length was declared, and the limit cuts at its byte:
/// pinned for any change to how bodies are buffered (a pooled reader was tried for memory and reverted, README Memory).
/// </summary>
public class BodyReaderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(65_536)]
    [InlineData(65_537)]
    [InlineData(200_000)]
    [InlineData(1_000_000)]
    public async Task Reads_every_byte_with_and_without_a_declared_length(int size)
    {
        var body = Body(size);

        foreach (var declared in new[] { true, false })
        {
            var (read, truncated) = await BodyReader.ReadAsync(Content(body, declared), new BodyLimit(2_000_000), CancellationToken.None);

            Assert.Equal(body, read);
            Assert.False(truncated);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_of_exactly_the_limit_is_kept_and_one_byte_more_is_not(bool declared)
    {
        var limit = new BodyLimit(100_000);

        Assert.Equal(100_000, (await BodyReader.ReadAsync(Content(Body(100_000), declared), limit, CancellationToken.None)).Body?.Length);
        Assert.Equal((null, false), await BodyReader.ReadAsync(Content(Body(100_001), declared), limit, CancellationToken.None));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Keeps_the_first_bytes_up_to_the_limit_when_asked(bool declared)
    {
        var body = Body(300_000);

        var (read, truncated) = await BodyReader.ReadAsync(Content(body, declared), new BodyLimit(150_000, KeepPrefix: true), CancellationToken.None);

        Assert.True(truncated);
        Assert.Equal(body[..150_000], read);
    }

    [Theory]
    [InlineData(100_000, 50_000)]
    [InlineData(100_000, 150_000)]
    public async Task Reads_what_arrives_when_the_declared_length_is_wrong(int size, long declaredLength)
    {
        var body = Body(size);
        using var content = new StreamContent(new PieceByPieceStream(body));
        content.Headers.ContentLength = declaredLength;

        var (read, truncated) = await BodyReader.ReadAsync(content, new BodyLimit(2_000_000), CancellationToken.None);

        Assert.Equal(body, read);
        Assert.False(truncated);
    }

    private static byte[] Body(int size) => [.. Enumerable.Range(0, size).Select(i => (byte)(i * 31 % 251))];

    /// <summary>With a declared length (a seekable stream), or read in small pieces of unknown total (a chunked answer).</summary>
    private static StreamContent Content(byte[] body, bool declared) =>
        new(declared ? new MemoryStream(body) : new PieceByPieceStream(body));

    private sealed class PieceByPieceStream(byte[] body) : Stream
    {
        private const int Piece = 7_001;
        private int _at;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(Math.Min(count, Piece), body.Length - _at);
            Array.Copy(body, _at, buffer, offset, n);
            _at += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
