using System.Text.Json;
using System.Text.Json.Serialization;

namespace Watchdog.Application.Reporting.Scheduling;

/// <summary>The JSON body of a scheduled report's webhook call: what it covers, the totals per section and the whole HTML.</summary>
public sealed record ReportWebhookPayload(
    [property: JsonPropertyName("report")] string Report,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("from")] DateTimeOffset From,
    [property: JsonPropertyName("to")] DateTimeOffset To,
    [property: JsonPropertyName("generatedAt")] DateTimeOffset GeneratedAt,
    [property: JsonPropertyName("sections")] IReadOnlyList<ReportWebhookSection> Sections,
    [property: JsonPropertyName("html")] string Html)
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = false };

    public static ReportWebhookPayload Of(RenderedReport rendered) => new(
        rendered.Report.Name, rendered.Document.Title, rendered.Document.Period.From, rendered.Document.Period.To, rendered.Document.GeneratedAt,
        [.. rendered.Document.Sections.Select(s => new ReportWebhookSection(s.Heading, s.QueryText, s.TotalCount, s.PreviousPeriodCount))],
        rendered.Html);

    public byte[] ToUtf8Json() => JsonSerializer.SerializeToUtf8Bytes(this, Options);
}

/// <param name="PreviousTotal">The count in the period before, for the change; null when it was not counted.</param>
public sealed record ReportWebhookSection(
    [property: JsonPropertyName("heading")] string Heading,
    [property: JsonPropertyName("query")] string Query,
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("previousTotal")] int? PreviousTotal);
