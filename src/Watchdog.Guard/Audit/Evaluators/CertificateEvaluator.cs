using System.Net.Security;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Watchdog.Guard.Audit.Capture;

namespace Watchdog.Guard.Audit.Evaluators;

/// <summary>The TLS certificate and protocol: days to expiry, host name, trust, protocol version.</summary>
public static class CertificateEvaluator
{
    public const string Expiry = "tls.certificate-expiry";
    public const string HostName = "tls.hostname";
    public const string Trust = "tls.chain-trust";
    public const string Protocol = "tls.protocol";

    /// <summary>Renewal usually runs 30 days ahead; a certificate closer than that to expiry means renewal is failing.</summary>
    public const int WarningDays = 30;

    /// <summary>Inside a week, visitors will soon see a browser error.</summary>
    public const int HighDays = 7;

    /// <summary>Expiry is reported by its own check, so the chain check does not report it again.</summary>
    private const X509ChainStatusFlags CoveredByExpiry = X509ChainStatusFlags.NotTimeValid | X509ChainStatusFlags.NotTimeNested;

    public static IEnumerable<CheckOutcome> Evaluate(TlsObservation tls, DateTimeOffset now)
    {
        yield return EvaluateExpiry(tls, now);
        yield return (tls.Errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0
            ? CheckOutcome.Fail(HostName, AuditSeverity.High, "Certificate does not match the host name",
                $"{tls.Host} is not among the names of the certificate {tls.Subject}", "Issue a certificate that includes this host name (check www and the bare domain).")
            : CheckOutcome.Pass(HostName, $"certificate is valid for {tls.Host}");
        yield return EvaluateTrust(tls);
        yield return EvaluateProtocol(tls);
    }

    private static CheckOutcome EvaluateExpiry(TlsObservation tls, DateTimeOffset now)
    {
        var days = (tls.NotAfter - now).TotalDays;
        var ends = $"certificate valid until {tls.NotAfter:yyyy-MM-dd HH:mm} UTC";
        const string renew = "Renew the certificate and automate renewal (ACME/certbot), with an alert when it fails.";
        if (days < 0) return CheckOutcome.Fail(Expiry, AuditSeverity.High, "Certificate has expired", $"{ends} ({-days:0} days ago)", renew);
        if (days < HighDays) return CheckOutcome.Fail(Expiry, AuditSeverity.High, "Certificate expires within a week", $"{ends} ({days:0.#} days left)", renew);
        if (days < WarningDays) return CheckOutcome.Fail(Expiry, AuditSeverity.Warning, "Certificate expires within 30 days", $"{ends} ({days:0} days left)", renew);
        return CheckOutcome.Pass(Expiry, $"{ends} ({days:0} days left)");
    }

    private static CheckOutcome EvaluateTrust(TlsObservation tls)
    {
        var problems = tls.ChainStatus & ~CoveredByExpiry;
        var notAvailable = (tls.Errors & SslPolicyErrors.RemoteCertificateNotAvailable) != 0;
        var chainError = (tls.Errors & SslPolicyErrors.RemoteCertificateChainErrors) != 0;
        if (!notAvailable && (!chainError || problems == X509ChainStatusFlags.NoError))
            return CheckOutcome.Pass(Trust, $"issued by {tls.Issuer}");
        var title = tls.SelfSigned ? "Certificate is self-signed" : "Certificate is not trusted";
        return CheckOutcome.Fail(Trust, AuditSeverity.High, title, $"issuer {tls.Issuer}; chain: {problems}",
            "Use a certificate from a public certificate authority and serve the full intermediate chain.");
    }

    private static CheckOutcome EvaluateProtocol(TlsObservation tls)
    {
        if (tls.Protocol == SslProtocols.None) return CheckOutcome.Pass(Protocol, "protocol could not be read on this platform");
        // The enum's values grow with the protocol version (Ssl2 < Ssl3 < Tls < Tls11 < Tls12 < Tls13).
        if (tls.Protocol < SslProtocols.Tls12)
            return CheckOutcome.Fail(Protocol, AuditSeverity.High, "Outdated TLS protocol negotiated", $"negotiated {tls.Protocol}",
                "Disable SSL 3, TLS 1.0 and TLS 1.1; offer TLS 1.2 and 1.3 only.");
        return CheckOutcome.Pass(Protocol, $"negotiated {tls.Protocol}");
    }
}
