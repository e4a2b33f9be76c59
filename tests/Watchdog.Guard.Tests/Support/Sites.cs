using System.Security.Cryptography.X509Certificates;
using Watchdog.Guard.Audit;
using Watchdog.Testing;

namespace Watchdog.Guard.Tests.Support;

/// <summary>The sites the audit tests serve, and an auditor that trusts the test CA and may reach 127.0.0.1.</summary>
public static class Sites
{
    public const string HomeHtml = "<!doctype html><html><head><title>Редакция</title></head><body><h1>Новости</h1></body></html>";

    public static TestResponse GoodHome() => TestResponse.Text(HomeHtml)
        .WithHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        .WithHeader("Content-Security-Policy", "default-src 'self'; script-src 'self' https://cdn.example.org; frame-ancestors 'none'")
        .WithHeader("X-Content-Type-Options", "nosniff")
        .WithHeader("X-Frame-Options", "DENY")
        .WithHeader("Referrer-Policy", "strict-origin-when-cross-origin")
        .WithHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
        .WithHeader("Server", "nginx")
        .WithHeader("Set-Cookie", "session_id=abc123; Path=/; Secure; HttpOnly; SameSite=Lax");

    public static TestResponse BadHome() => TestResponse.Text(HomeHtml)
        .WithHeader("Strict-Transport-Security", "max-age=3600")
        .WithHeader("Content-Security-Policy", "default-src *; script-src 'self' 'unsafe-inline' 'unsafe-eval' *")
        .WithHeader("Server", "Apache/2.4.41 (Ubuntu)")
        .WithHeader("X-Powered-By", "PHP/7.4.3")
        .WithHeader("Set-Cookie", "PHPSESSID=abc123; Path=/");

    public static readonly IReadOnlyDictionary<string, TestResponse> ExposedFiles = new Dictionary<string, TestResponse>
    {
        ["/.git/HEAD"] = TestResponse.Text("ref: refs/heads/main\n", "text/plain"),
        ["/.env"] = TestResponse.Text("APP_ENV=production\nDB_PASSWORD=hunter2\n", "text/plain"),
        ["/.DS_Store"] = TestResponse.Bytes([0, 0, 0, 1, (byte)'B', (byte)'u', (byte)'d', (byte)'1', 0, 0, 16, 0], "application/octet-stream"),
        ["/uploads/"] = TestResponse.Text("<html><head><title>Index of /uploads</title></head><body><h1>Index of /uploads</h1></body></html>"),
    };

    public static SiteAuditor Auditor(int plainHttpPort, bool allowPrivate = true)
    {
        var handler = new SocketsHttpHandler();
        handler.SslOptions.CertificateChainPolicy = TestCertificates.TrustingTestAuthority();
        return new SiteAuditor(handler, new SiteAuditOptions { AllowPrivateAddresses = allowPrivate, PlainHttpPort = plainHttpPort, Timeout = TimeSpan.FromSeconds(10) });
    }

    public static Task<SiteServer> HttpsAsync(X509Certificate2 certificate, TestResponse home, IReadOnlyDictionary<string, TestResponse>? more = null, TestResponse? fallback = null)
    {
        var routes = new Dictionary<string, TestResponse>(more ?? new Dictionary<string, TestResponse>()) { ["/"] = home };
        return SiteServer.StartAsync(certificate, routes, fallback);
    }

    /// <summary>A plain-HTTP server that redirects everything to <paramref name="https"/>.</summary>
    public static Task<SiteServer> RedirectingHttpAsync(Uri https) =>
        SiteServer.StartAsync(null, new Dictionary<string, TestResponse>(), TestResponse.Redirect(https.ToString(), 301));
}
