using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Watchdog.Guard.Tests.Support;

/// <summary>Certificates made in the test: a test root CA, and server certificates (good, expired, wrong host, self-signed).</summary>
public static class TestCertificates
{
    public static readonly X509Certificate2 Authority = CreateAuthority();

    /// <summary>Issued by <see cref="Authority"/> for 127.0.0.1 and localhost, valid for a year.</summary>
    public static X509Certificate2 ForLoopback(int validDaysLeft = 365) =>
        Issue("127.0.0.1", DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(validDaysLeft), withLoopbackNames: true);

    public static X509Certificate2 Expired() =>
        Issue("127.0.0.1", DateTimeOffset.UtcNow.AddDays(-100), DateTimeOffset.UtcNow.AddDays(-3), withLoopbackNames: true);

    public static X509Certificate2 ForOtherHost() =>
        Issue("news.example.org", DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(365), withLoopbackNames: false);

    public static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = ServerRequest("127.0.0.1", key, withLoopbackNames: true);
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(365));
    }

    /// <summary>A chain policy that trusts only <see cref="Authority"/> (tests cannot touch the system store).</summary>
    public static X509ChainPolicy TrustingTestAuthority()
    {
        var policy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
        policy.CustomTrustStore.Add(Authority);
        return policy;
    }

    private static X509Certificate2 CreateAuthority()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Watchdog Test Root", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-1), DateTimeOffset.UtcNow.AddYears(5));
    }

    private static X509Certificate2 Issue(string name, DateTimeOffset notBefore, DateTimeOffset notAfter, bool withLoopbackNames)
    {
        using var key = RSA.Create(2048);
        var request = ServerRequest(name, key, withLoopbackNames);
        using var issued = request.Create(Authority, notBefore, notAfter, RandomNumberGenerator.GetBytes(12));
        return issued.CopyWithPrivateKey(key);
    }

    private static CertificateRequest ServerRequest(string name, RSA key, bool withLoopbackNames)
    {
        var request = new CertificateRequest($"CN={name}", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        if (withLoopbackNames)
        {
            names.AddIpAddress(IPAddress.Loopback);
            names.AddDnsName("localhost");
        }
        else
        {
            names.AddDnsName(name);
        }
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        return request;
    }
}
