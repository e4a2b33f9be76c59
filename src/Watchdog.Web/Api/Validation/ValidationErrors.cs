namespace Watchdog.Web.Api.Validation;

/// <summary>Problems with a request, by field, in the shape <c>TypedResults.ValidationProblem</c> takes.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string problem)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(problem);
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}

/// <summary>Either a valid value or the reasons it is not.</summary>
public sealed record Validated<T>(T? Value, ValidationErrors Errors) where T : class
{
    public bool IsValid => Value is not null && !Errors.Any;
}
