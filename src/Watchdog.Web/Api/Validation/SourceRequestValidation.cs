using Watchdog.Core.Sources;
using Watchdog.Pipeline.Configuration;
using Watchdog.Pipeline.Scheduling;
using Watchdog.Web.Api.Contracts;

namespace Watchdog.Web.Api.Validation;

/// <summary>
/// Turns an <see cref="AddSourceRequest"/> into a <see cref="SourceDraft"/>, or says field by field what is wrong with it.
/// <see cref="SourceRegistry"/> checks the URL and interval again; this adds the checks only the API needs (text to enum and duration, tags).
/// </summary>
public static class SourceRequestValidation
{
    /// <summary>Keeps tags usable as filter chips and CLI arguments.</summary>
    public const int MaxTagLength = 40;

    public const int MaxTags = 20;

    public const int MaxTitleLength = 200;

    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(10);

    public static Validated<SourceDraft> Validate(AddSourceRequest request)
    {
        var errors = new ValidationErrors();

        if (!SourceUrl.TryParse(request.Url, out var url, out var urlProblem)) errors.Add("url", $"The URL {urlProblem}");

        var kind = SourceKind.Auto;
        if (request.Kind is not null && (!Enum.TryParse(request.Kind, ignoreCase: true, out kind) || !Enum.IsDefined(kind)))
            errors.Add("kind", $"'{request.Kind}' is not a source kind; use one of: {string.Join(", ", Enum.GetNames<SourceKind>().Select(n => n.ToLowerInvariant()))}.");

        var interval = DefaultInterval;
        if (request.Every is not null)
        {
            if (!Duration.TryParse(request.Every, out var every)) errors.Add("every", $"'{request.Every}' is not a duration; write e.g. 30s, 10m or 1h.");
            else if (every.Value.Value < WatchdogOptionsValidator.MinimumSourceInterval)
                errors.Add("every", $"The interval must be at least {new Duration(WatchdogOptionsValidator.MinimumSourceInterval)}.");
            else interval = every.Value.Value;
        }

        var tags = (request.Tags ?? []).Select(t => t?.Trim() ?? "").ToList();
        if (tags.Count > MaxTags) errors.Add("tags", $"At most {MaxTags} tags.");
        foreach (var tag in tags.Where(t => t.Length == 0 || t.Length > MaxTagLength || t.Any(char.IsWhiteSpace)))
            errors.Add("tags", $"Tag '{tag}' must be 1–{MaxTagLength} characters without spaces.");

        var title = string.IsNullOrWhiteSpace(request.Title) ? null : request.Title.Trim();
        if (title?.Length > MaxTitleLength) errors.Add("title", $"The title must be at most {MaxTitleLength} characters.");

        if (errors.Any || url is null) return new Validated<SourceDraft>(null, errors);
        return new Validated<SourceDraft>(new SourceDraft(url.AbsoluteUri)
        {
            Kind = kind,
            Every = interval,
            Tags = tags.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Title = title,
        }, errors);
    }
}
