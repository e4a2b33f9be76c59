using Microsoft.Extensions.Configuration;
using Watchdog.Core.Localization;
using Watchdog.Pipeline.Configuration;
using Watchdog.Application.Reporting.Scheduling;

namespace Watchdog.EndToEnd.Tests.Reports;

/// <summary>The <c>reports:</c> section of watchdog.yaml: what it binds to, its defaults, and the start-up messages for mistakes.</summary>
public class ScheduledReportConfigTests
{
    private const string Smtp = """
        alerts:
          smtp: { host: 127.0.0.1, port: 2525, from: watchdog@example.org }
        """;

    [Fact]
    public void A_daily_report_from_yaml_gets_the_day_just_ended_by_hour_as_html()
    {
        var report = Assert.Single(Parse(Smtp + """

            reports:
              - name: morning
                title: Morning brief
                queries:
                  - { heading: Raids, query: "raid OR обыск" }
                every: daily
                at: "07:00"
                email: [editor@example.org]
            """).Reports);

        Assert.Equal(("Morning brief", TimeSpan.FromHours(1), ScheduledReportFormat.Html), (report.Title, report.Bucket, report.Format));
        var request = report.RequestFor(new DateTimeOffset(2025, 3, 10, 7, 0, 0, TimeSpan.Zero), UiLocale.Default);
        Assert.Equal((new DateTimeOffset(2025, 3, 9, 0, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 10, 0, 0, 0, TimeSpan.Zero)), (request.From, request.To));
        Assert.Equal(["email:editor@example.org"], report.Destinations.Select(d => d.Key));
    }

    [Fact]
    public void A_daily_report_in_almaty_covers_the_almaty_day_and_is_written_in_its_language()
    {
        var report = Assert.Single(Parse(Smtp + """

            reports:
              - name: утро
                queries: [{ query: "обыск" }]
                at: "02:00"
                language: ru
                email: [editor@example.org]
            """).Reports);
        var almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

        var request = report.RequestFor(new DateTimeOffset(2025, 3, 10, 2, 0, 0, TimeSpan.Zero), new UiLocale(UiLanguage.En, almaty));

        // Almaty is UTC+5: its 9 March runs from 19:00 UTC on the 8th to 19:00 UTC on the 9th.
        Assert.Equal((new DateTimeOffset(2025, 3, 8, 19, 0, 0, TimeSpan.Zero), new DateTimeOffset(2025, 3, 9, 19, 0, 0, TimeSpan.Zero)), (request.From, request.To));
        Assert.Equal((UiLanguage.Ru, almaty), (request.Locale.Language, request.Locale.TimeZone));
        Assert.Equal("Ежедневный отчёт по расписанию «утро».", request.Description);
    }

    [Fact]
    public void An_unknown_report_language_is_named()
    {
        var problems = Problems(Smtp + """

            reports:
              - name: morning
                queries: [{ query: "raid" }]
                language: de
                email: [editor@example.org]
            """);

        Assert.Contains(problems, p => p.Contains("Watchdog:Reports:0:Language 'de'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_weekly_report_is_due_on_its_day_and_covers_the_week_just_ended_by_day()
    {
        var report = Assert.Single(Parse("""
            reports:
              - name: weekly
                queries: [{ query: "press freedom" }]
                every: weekly
                day: Wednesday
                at: "6:30"
                webhook: https://hooks.example.org/reports
            """).Reports);

        var thursday = new DateTimeOffset(2025, 3, 13, 12, 0, 0, TimeSpan.Zero);
        var due = report.Schedule.LatestDueAtOrBefore(thursday);
        Assert.Equal(new DateTimeOffset(2025, 3, 12, 6, 30, 0, TimeSpan.Zero), due);
        Assert.Equal(new DateTimeOffset(2025, 3, 19, 6, 30, 0, TimeSpan.Zero), report.Schedule.FirstDueAfter(due));
        var request = report.RequestFor(due, UiLocale.Default);
        Assert.Equal((new DateTimeOffset(2025, 3, 5, 0, 0, 0, TimeSpan.Zero), TimeSpan.FromDays(1)), (request.From, request.Bucket));
        Assert.Equal("weekly", request.Title);
    }

    [Fact]
    public void A_daily_report_checked_before_its_time_is_still_on_yesterdays_run()
    {
        var schedule = new ReportSchedule(ReportCadence.Daily, new TimeOnly(7, 0), DayOfWeek.Monday);

        Assert.Equal(new DateTimeOffset(2025, 3, 9, 7, 0, 0, TimeSpan.Zero), schedule.LatestDueAtOrBefore(new DateTimeOffset(2025, 3, 10, 6, 59, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2025, 3, 10, 7, 0, 0, TimeSpan.Zero), schedule.LatestDueAtOrBefore(new DateTimeOffset(2025, 3, 10, 7, 0, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void After_a_long_outage_only_the_last_week_of_runs_is_caught_up()
    {
        var schedule = new ReportSchedule(ReportCadence.Daily, new TimeOnly(7, 0), DayOfWeek.Monday);
        var last = new DateTimeOffset(2025, 1, 1, 7, 0, 0, TimeSpan.Zero);
        var now = new DateTimeOffset(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

        var due = ReportRunPlanner.DueRun(schedule, new ReportRunState(last, null), now);

        Assert.Equal(new DateTimeOffset(2025, 3, 4, 7, 0, 0, TimeSpan.Zero), due);
    }

    [Theory]
    [InlineData("at: \"7am\"", "Watchdog:Reports:0:At '7am' is not a time of day; write HH:mm in UTC, e.g. \"07:00\".")]
    [InlineData("at: \"25:00\"", "Watchdog:Reports:0:At '25:00' is not a time of day; write HH:mm in UTC, e.g. \"07:00\".")]
    [InlineData("every: weekly\n    day: someday", "Watchdog:Reports:0:Day 'someday' is not a day of the week (monday, tuesday, … sunday).")]
    [InlineData("day: monday", "Watchdog:Reports:0:Day 'monday' applies to weekly reports only; remove it or set Every to weekly.")]
    [InlineData("every: monthly", "Watchdog:Reports:0:Every 'monthly' must be daily or weekly.")]
    [InlineData("format: docx", "Watchdog:Reports:0:Format 'docx' must be html or pdf.")]
    [InlineData("bucket: minute", "Watchdog:Reports:0:Bucket 'minute' must be day or hour.")]
    [InlineData("period: 10m", "Watchdog:Reports:0:Period '10m' must be a duration from 1h to 366d, e.g. 1d or 7d.")]
    [InlineData("webhook: ftp://example.org/x", "Watchdog:Reports:0:Webhook 'ftp://example.org/x' is not an absolute http(s) URL.")]
    public void A_bad_setting_is_named_with_what_to_write(string line, string expected)
    {
        var problems = Problems(Smtp + $$"""

            reports:
              - name: morning
                queries: [{ query: raid }]
                email: [editor@example.org]
                {{line}}
            """);

        Assert.Equal([expected], problems);
    }

    [Fact]
    public void An_invalid_query_is_named_with_the_parsers_reason()
    {
        var problems = Problems(Smtp + """

            reports:
              - name: morning
                queries: [{ heading: Broken, query: "raid AND (police" }]
                email: [editor@example.org]
            """);

        var problem = Assert.Single(problems);
        Assert.StartsWith("Watchdog:Reports:0:Queries:0:Query 'raid AND (police' is not a valid query: expected", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_without_recipients_is_refused()
    {
        var problems = Problems("""
            reports:
              - name: morning
                queries: [{ query: raid }]
            """);

        Assert.Equal(["Watchdog:Reports:0 ('morning') has no recipient: set Email (a list of addresses) or Webhook (a URL)."], problems);
    }

    [Fact]
    public void Email_recipients_without_an_smtp_sender_are_refused()
    {
        var problems = Problems("""
            reports:
              - name: morning
                queries: [{ query: raid }]
                email: [editor@example.org]
            """);

        Assert.Equal(["Watchdog:Reports:0:Email needs an SMTP server: set Watchdog:Alerts:Smtp:From (and Host, Port), which reports share with alerts."], problems);
    }

    [Fact]
    public void Two_reports_with_one_name_and_a_report_without_queries_are_refused()
    {
        var problems = Problems("""
            reports:
              - { name: morning, queries: [{ query: raid }], webhook: "https://hooks.example.org/a" }
              - { name: Morning, webhook: "https://hooks.example.org/b" }
            """);

        Assert.Equal(
        [
            "Watchdog:Reports:1:Name 'Morning' is used by another report; names must be unique (each keys its own 'last sent' state).",
            "Watchdog:Reports:1:Queries is empty; give at least one { heading, query }.",
        ], problems);
    }

    private static WatchdogOptions Bind(string yaml)
    {
        var data = YamlConfigurationFlattener.Flatten(new StringReader(yaml), WatchdogOptions.SectionName);
        var options = new WatchdogOptions();
        new ConfigurationBuilder().AddInMemoryCollection(data).Build().GetSection(WatchdogOptions.SectionName).Bind(options);
        return options;
    }

    private static ScheduledReportParser.Result Parse(string yaml)
    {
        var options = Bind(yaml);
        var result = ScheduledReportParser.Parse(options.Reports, options.Alerts.Smtp.IsConfigured);
        Assert.Empty(result.Problems);
        return result;
    }

    /// <summary>Through the start-up validators, so the messages are the ones a user sees.</summary>
    private static List<string> Problems(string yaml) =>
        [.. WatchdogOptionsValidator.FindProblems(Bind(yaml)), .. ScheduledReportOptionsValidator.FindProblems(Bind(yaml))];
}
