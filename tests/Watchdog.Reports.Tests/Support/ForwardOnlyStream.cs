namespace Watchdog.Reports.Tests.Support;

/// <summary>A write-only sink like an HTTP response body: it cannot seek or tell its length, and counts what it got.</summary>
public sealed class ForwardOnlyStream : Stream
{
    private readonly MemoryStream? copy;

    /// <param name="keepCopy">Keep the bytes (for small outputs read back by the test); a large test only counts.</param>
    public ForwardOnlyStream(bool keepCopy) => copy = keepCopy ? new MemoryStream() : null;

    public long BytesWritten { get; private set; }

    /// <summary>Number of '\n' bytes received so far: the lines the consumer has already seen.</summary>
    public long NewLines { get; private set; }

    public byte[] ToArray() => copy?.ToArray() ?? throw new InvalidOperationException("This stream keeps no copy.");

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException("forward-only");
    public override long Position { get => throw new NotSupportedException("forward-only"); set => throw new NotSupportedException("forward-only"); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        BytesWritten += buffer.Length;
        NewLines += buffer.Count((byte)'\n');
        copy?.Write(buffer);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("write-only");
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("forward-only");
    public override void SetLength(long value) => throw new NotSupportedException("forward-only");

    protected override void Dispose(bool disposing)
    {
        if (disposing) copy?.Dispose();
        base.Dispose(disposing);
    }
}
