using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;

namespace Watchdog.Guard.Audit.Capture;

/// <summary>What one TLS handshake showed: the server certificate's facts, the validation errors and the protocol.</summary>
/// <param name="ChainStatus">Every status flag the chain builder reported (NoError when trusted).</param>
/// <param name="Protocol">The negotiated protocol, or <see cref="SslProtocols.None"/> when it could not be read.</param>
public sealed record TlsObservation(
    string Host,
    string Subject,
    string Issuer,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    bool SelfSigned,
    SslPolicyErrors Errors,
    X509ChainStatusFlags ChainStatus,
    SslProtocols Protocol)
{
    public static TlsObservation From(string host, X509Certificate2 certificate, X509Chain? chain, SslPolicyErrors errors, SslProtocols protocol) =>
        new(host,
            certificate.Subject,
            certificate.Issuer,
            new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            certificate.SubjectName.RawData.AsSpan().SequenceEqual(certificate.IssuerName.RawData),
            errors,
            chain?.ChainStatus.Aggregate(X509ChainStatusFlags.NoError, (all, s) => all | s.Status) ?? X509ChainStatusFlags.NoError,
            protocol);
}
