using System.Collections.Concurrent;
using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Watchdog.Guard.Audit.Capture;

/// <summary>
/// Records every TLS handshake a <see cref="SocketsHttpHandler"/> makes — certificate, validation errors, protocol —
/// and accepts the certificate anyway, so an audit of a site with a bad certificate can go on and report it.
/// Never use such a handler for anything but the audit.
/// </summary>
public sealed class TlsHandshakeRecorder
{
    private readonly ConcurrentDictionary<string, TlsObservation> _byHost = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Installs the recording callback on the handler (before its first request).</summary>
    public void Attach(SocketsHttpHandler handler)
    {
#pragma warning disable CA5359 // Accepting after recording is the purpose: the audit reports a bad certificate instead of stopping at it.
        handler.SslOptions.RemoteCertificateValidationCallback = Record;
#pragma warning restore CA5359
    }

    /// <summary>The last handshake with this host, or null when none was seen.</summary>
    public TlsObservation? For(string host) => _byHost.TryGetValue(host, out var seen) ? seen : null;

    private bool Record(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        var stream = sender as SslStream;
        var host = stream?.TargetHostName ?? "";
        if (certificate is not null)
        {
            var owned = certificate as X509Certificate2 is null;
            var certificate2 = certificate as X509Certificate2 ?? X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
            try
            {
                _byHost[host] = TlsObservation.From(host, certificate2, chain, errors, ProtocolOf(stream));
            }
            finally
            {
                if (owned) certificate2.Dispose();
            }
        }
        return true;
    }

    private static SslProtocols ProtocolOf(SslStream? stream)
    {
        try
        {
            return stream?.SslProtocol ?? SslProtocols.None;
        }
        catch (InvalidOperationException)
        {
            // Some platforms only expose the protocol once the handshake has finished.
            return SslProtocols.None;
        }
    }
}
