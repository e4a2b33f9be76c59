using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Watchdog.Testing;

namespace Watchdog.Guard.Tests.Support;

/// <summary>
/// A site on 127.0.0.1 (random port), over HTTPS with a given certificate or over plain HTTP, answering mapped paths
/// with canned <see cref="TestResponse"/>s and every other path with a fallback (404 unless a test wants a soft 404).
/// Unlike <see cref="TestWebServer"/>, it speaks TLS and has a fallback.
/// </summary>
public sealed class SiteServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Dictionary<string, TestResponse> _routes;
    private readonly TestResponse _fallback;
    private readonly ConcurrentQueue<SeenRequest> _requests = new();

    private SiteServer(WebApplication app, Dictionary<string, TestResponse> routes, TestResponse fallback)
    {
        _app = app;
        _routes = routes;
        _fallback = fallback;
    }

    public Uri BaseUri { get; private set; } = null!;

    public int Port => BaseUri.Port;

    /// <summary>Every request received, in arrival order.</summary>
    public IReadOnlyList<SeenRequest> Requests => [.. _requests];

    public static async Task<SiteServer> StartAsync(X509Certificate2? certificate, IReadOnlyDictionary<string, TestResponse> routes, TestResponse? fallback = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (certificate is not null) listen.UseHttps(certificate);
        }));
        var app = builder.Build();
        var server = new SiteServer(app, new Dictionary<string, TestResponse>(routes, StringComparer.Ordinal), fallback ?? TestResponse.StatusOnly(StatusCodes.Status404NotFound));
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUri = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task HandleAsync(HttpContext context)
    {
        _requests.Enqueue(new SeenRequest(context.Request.Method, context.Request.Path.Value ?? "/", context.Request.Headers.UserAgent.ToString()));
        return (_routes.TryGetValue(context.Request.Path.Value ?? "/", out var response) ? response : _fallback).WriteAsync(context);
    }
}

/// <summary>What the audit tests check about each request: method, path and User-Agent.</summary>
public sealed record SeenRequest(string Method, string Path, string UserAgent);
