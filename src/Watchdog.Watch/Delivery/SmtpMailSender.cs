using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Watchdog.Watch.Delivery;

/// <summary>
/// Sends one composed e-mail through SMTP (MailKit), for alert e-mails and scheduled reports alike. A refusal by the
/// server or a connection failure is a failure with the server's reason, never an exception.
/// </summary>
public sealed class SmtpMailSender(SmtpOptions options)
{
    /// <param name="compose">Builds the message from the configured sender and the parsed recipient.</param>
    public async Task<DeliveryResult> SendAsync(string recipient, Func<MailboxAddress, MailboxAddress, MimeMessage> compose, CancellationToken ct)
    {
        if (!MailboxAddress.TryParse(recipient, out var to)) return DeliveryResult.Failed($"'{recipient}' is not an e-mail address");
        if (!MailboxAddress.TryParse(options.From, out var from)) return DeliveryResult.Failed($"configured sender '{options.From}' is not an e-mail address");

        using var email = compose(from, to);
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(options.Host, options.Port, ToMailKit(options.Security), ct);
            if (!string.IsNullOrEmpty(options.UserName)) await client.AuthenticateAsync(options.UserName, options.Password ?? "", ct);
            await client.SendAsync(email, ct);
            await client.DisconnectAsync(quit: true, ct);
            return DeliveryResult.Ok;
        }
        catch (SmtpCommandException e)
        {
            return DeliveryResult.Failed($"SMTP server refused ({(int)e.StatusCode} {e.ErrorCode}): {e.Message.Trim()}");
        }
        catch (Exception e) when (e is SocketException or IOException or SmtpProtocolException or AuthenticationException or SslHandshakeException or ServiceNotConnectedException or TimeoutException)
        {
            return DeliveryResult.Failed($"SMTP server {options.Host}:{options.Port} unreachable: {e.Message}");
        }
    }

    private static SecureSocketOptions ToMailKit(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}
