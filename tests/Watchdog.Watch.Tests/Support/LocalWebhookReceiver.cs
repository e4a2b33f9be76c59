using System.Collections.Concurrent;
using System.Net;

namespace Watchdog.Watch.Tests.Support;

/// <summary>An HTTP endpoint on 127.0.0.1 that records POSTed bodies and headers and answers with a chosen status.</summary>
public sealed class LocalWebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;

    public LocalWebhookReceiver(HttpStatusCode status = HttpStatusCode.OK)
    {
        Url = new Uri($"http://127.0.0.1:{LocalSmtpServer.FreePort()}/hook/");
        _listener.Prefixes.Add(Url.ToString());
        _listener.Start();
        _loop = Task.Run(() => ServeAsync(status));
    }

    public Uri Url { get; }
    public ConcurrentQueue<(byte[] Body, string? Signature)> Requests { get; } = new();

    private async Task ServeAsync(HttpStatusCode status)
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Requests.Enqueue((body.ToArray(), context.Request.Headers["X-Watchdog-Signature"]));
            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        _listener.Close();
        await _loop;
    }
}
