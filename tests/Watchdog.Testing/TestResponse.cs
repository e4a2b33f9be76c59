using System.Text;
using Microsoft.AspNetCore.Http;

namespace Watchdog.Testing;

/// <summary>A canned HTTP response for <see cref="TestWebServer"/>: status, headers, body, an optional delay, or a generated body of any size.</summary>
public sealed record TestResponse
{
    public int Status { get; init; } = StatusCodes.Status200OK;
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    public byte[] Body { get; init; } = [];
    /// <summary>Wait this long before sending anything (a slow server).</summary>
    public TimeSpan Delay { get; init; }
    /// <summary>When set, streams this many bytes of filler instead of <see cref="Body"/>, without holding them in memory.</summary>
    public long? StreamedBytes { get; init; }

    public static TestResponse Text(string body, string contentType = "text/html; charset=utf-8") =>
        Bytes(Encoding.UTF8.GetBytes(body), contentType);

    public static TestResponse Bytes(byte[] body, string contentType) =>
        new() { Body = body, Headers = new Dictionary<string, string> { ["Content-Type"] = contentType } };

    public static TestResponse StatusOnly(int status) => new() { Status = status };

    public static TestResponse Redirect(string location, int status = StatusCodes.Status302Found) =>
        new() { Status = status, Headers = new Dictionary<string, string> { ["Location"] = location } };

    public TestResponse WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers) { [name] = value } };

    public async Task WriteAsync(HttpContext context)
    {
        var ct = context.RequestAborted;
        try
        {
            if (Delay > TimeSpan.Zero) await Task.Delay(Delay, ct);
            context.Response.StatusCode = Status;
            foreach (var (name, value) in Headers) context.Response.Headers[name] = value;
            if (StreamedBytes is { } total)
            {
                await StreamFillerAsync(context.Response, total, ct);
                return;
            }
            if (Body.Length > 0) await context.Response.Body.WriteAsync(Body, ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client gave up (timeout or size limit) — that is what such tests provoke.
        }
    }

    private static async Task StreamFillerAsync(HttpResponse response, long total, CancellationToken ct)
    {
        var chunk = Encoding.ASCII.GetBytes(new string('x', 64 * 1024));
        for (long sent = 0; sent < total; sent += chunk.Length)
        {
            await response.Body.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, total - sent)), ct);
        }
    }
}
