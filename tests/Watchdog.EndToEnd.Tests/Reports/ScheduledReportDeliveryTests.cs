using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Watchdog.Core.Governance;
using Watchdog.Application.Reporting.Scheduling;
using Watchdog.Watch.Delivery;

namespace Watchdog.EndToEnd.Tests.Reports;

/// <summary>A daily report over a real embedded store, e-mailed to a loopback SMTP server and posted to a loopback webhook.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes it through IAsyncLifetime.DisposeAsync.")]
public sealed class ScheduledReportDeliveryTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private static readonly DateTimeOffset JustAfterSeven = ScheduledReportHarness.Day.AddHours(7).AddMinutes(5);
    private ScheduledReportHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ScheduledReportHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_due_daily_report_is_emailed_once_with_its_title_and_section_total()
    {
        var (scheduler, _) = await _harness.StartSchedulerAsync();

        var outcome = Assert.Single(await scheduler.RunDueAsync(JustAfterSeven, Ct));

        Assert.Equal(ReportRunStatus.Sent, outcome.Status);
        var email = Assert.Single(_harness.Smtp.Messages);
        Assert.Equal("editor@localhost", email.To.Mailboxes.Single().Address);
        Assert.Contains(ScheduledReportHarness.Title, email.Subject, StringComparison.Ordinal);
        Assert.Contains("9 Mar 2025", email.Subject, StringComparison.Ordinal);
        Assert.Contains($"Raids: {ScheduledReportHarness.RaidArticles} articles", email.TextBody, StringComparison.Ordinal);
        Assert.Contains(ScheduledReportHarness.Title, email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_due_daily_report_is_posted_once_to_the_webhook_signed_with_its_totals()
    {
        var (scheduler, _) = await _harness.StartSchedulerAsync();

        await scheduler.RunDueAsync(JustAfterSeven, Ct);

        var hook = Assert.Single(_harness.Hooks);
        Assert.True(WebhookSignature.Verify(hook.Body, ScheduledReportHarness.Secret, hook.Signature), "the body carries a valid HMAC signature");
        using var json = JsonDocument.Parse(hook.Body);
        Assert.Equal(ScheduledReportHarness.Title, json.RootElement.GetProperty("title").GetString());
        Assert.Equal(ScheduledReportHarness.Day.AddDays(-1), json.RootElement.GetProperty("from").GetDateTimeOffset());
        Assert.Equal(ScheduledReportHarness.Day, json.RootElement.GetProperty("to").GetDateTimeOffset());
        var section = Assert.Single(json.RootElement.GetProperty("sections").EnumerateArray().ToList());
        Assert.Equal(ScheduledReportHarness.RaidArticles, section.GetProperty("total").GetInt32());
        Assert.StartsWith("<!DOCTYPE html>", json.RootElement.GetProperty("html").GetString(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Checking_again_at_the_same_time_sends_nothing()
    {
        var (scheduler, _) = await _harness.StartSchedulerAsync();
        await scheduler.RunDueAsync(JustAfterSeven, Ct);

        Assert.Empty(await scheduler.RunDueAsync(JustAfterSeven, Ct));
        Assert.Empty(await scheduler.RunDueAsync(JustAfterSeven.AddHours(12), Ct));

        Assert.Single(_harness.Smtp.Messages);
        Assert.Single(_harness.Hooks);
    }

    [Fact]
    public async Task After_a_restart_the_same_period_is_not_sent_again_and_the_next_day_is_sent_at_its_time()
    {
        var (first, _) = await _harness.StartSchedulerAsync();
        await first.RunDueAsync(JustAfterSeven, Ct);

        var (restarted, _) = await _harness.StartSchedulerAsync();
        Assert.Empty(await restarted.RunDueAsync(JustAfterSeven.AddMinutes(1), Ct));
        Assert.Empty(await restarted.RunDueAsync(ScheduledReportHarness.Day.AddDays(1).AddHours(6).AddMinutes(59), Ct));
        var next = Assert.Single(await restarted.RunDueAsync(ScheduledReportHarness.Day.AddDays(1).AddHours(7), Ct));

        Assert.Equal(ScheduledReportHarness.Day.AddDays(1).AddHours(7), next.Due);
        Assert.Equal(2, _harness.Smtp.Messages.Count);
        Assert.Contains("10 Mar 2025", _harness.Smtp.Messages.Last().Subject, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_missed_while_the_service_was_down_is_sent_when_it_comes_back()
    {
        var (first, _) = await _harness.StartSchedulerAsync();
        await first.RunDueAsync(JustAfterSeven, Ct);

        var (restarted, _) = await _harness.StartSchedulerAsync();
        var outcomes = await restarted.RunDueAsync(JustAfterSeven.AddDays(2), Ct);

        Assert.Equal([ScheduledReportHarness.Day.AddDays(1).AddHours(7), ScheduledReportHarness.Day.AddDays(2).AddHours(7)], outcomes.Select(o => o.Due));
        Assert.Equal(3, _harness.Smtp.Messages.Count);
    }

    [Fact]
    public async Task A_failing_webhook_is_logged_with_its_reason_and_retried_without_emailing_twice()
    {
        var (scheduler, _) = await _harness.StartSchedulerAsync();
        _harness.HookStatus = StatusCodes.Status500InternalServerError;

        var failed = Assert.Single(await scheduler.RunDueAsync(JustAfterSeven, Ct));
        Assert.Equal(ReportRunStatus.Retrying, failed.Status);
        Assert.Contains(_harness.Logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("webhook answered 500", StringComparison.Ordinal));
        Assert.Empty(await scheduler.RunDueAsync(JustAfterSeven.AddSeconds(10), Ct));

        _harness.HookStatus = StatusCodes.Status200OK;
        var retried = Assert.Single(await scheduler.RunDueAsync(JustAfterSeven.AddMinutes(1), Ct));

        Assert.Equal((ReportRunStatus.Sent, 2), (retried.Status, retried.Attempts));
        Assert.Single(_harness.Hooks);
        Assert.Single(_harness.Smtp.Messages);
    }

    [Fact]
    public async Task A_webhook_that_keeps_failing_is_given_up_after_the_last_attempt_and_the_next_day_still_runs()
    {
        var (scheduler, _) = await _harness.StartSchedulerAsync();
        _harness.HookStatus = StatusCodes.Status500InternalServerError;

        var outcomes = new List<ReportRunOutcome>();
        for (var minutes = 0; minutes < 24 * 60 - 10; minutes += 10) outcomes.AddRange(await scheduler.RunDueAsync(JustAfterSeven.AddMinutes(minutes), Ct));

        Assert.Equal(DeliveryRetryPolicy.Default.MaxAttempts, outcomes.Count);
        Assert.Equal(ReportRunStatus.GivenUp, outcomes[^1].Status);
        Assert.Contains(_harness.Logs.Lines, l => l.Level == LogLevel.Error && l.Message.Contains("given up", StringComparison.Ordinal));
        _harness.HookStatus = StatusCodes.Status200OK;
        Assert.Equal(ReportRunStatus.Sent, Assert.Single(await scheduler.RunDueAsync(JustAfterSeven.AddDays(1), Ct)).Status);
    }

    [Fact]
    public async Task A_sent_report_is_in_the_audit_log_as_report_by_the_scheduler()
    {
        var (scheduler, services) = await _harness.StartSchedulerAsync();
        await scheduler.RunDueAsync(JustAfterSeven, Ct);

        var page = await services.GetRequiredService<IAuditLog>().ListAsync(new AuditQuery { Action = AuditActions.Report }, Ct);

        var entry = Assert.Single(page.Entries);
        Assert.Equal((ReportScheduler.AuditActor, $"report {ScheduledReportHarness.ReportName}"), (entry.Actor, entry.Target));
        Assert.DoesNotContain(_harness.Receiver.BaseUri.Authority, entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pdf_report_is_attached_to_a_short_email()
    {
        var settings = _harness.Settings();
        settings["Watchdog:Reports:0:Format"] = "pdf";
        var (scheduler, _) = await _harness.StartSchedulerAsync(settings);

        Assert.Equal(ReportRunStatus.Sent, Assert.Single(await scheduler.RunDueAsync(JustAfterSeven, Ct)).Status);

        var email = Assert.Single(_harness.Smtp.Messages);
        var attachment = Assert.IsType<MimeKit.MimePart>(Assert.Single(email.Attachments));
        Assert.Equal("watchdog-morning-brief-2025-03-09.pdf", attachment.FileName);
        using var pdf = new MemoryStream();
        await attachment.Content!.DecodeToAsync(pdf);
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf.ToArray(), 0, 5), StringComparison.Ordinal);
        Assert.Contains("Raids: 3 articles", email.HtmlBody, StringComparison.Ordinal);
    }
}
