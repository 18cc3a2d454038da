namespace Cms.Domain.Common;

/// <summary>Why a use case did not do what was asked.</summary>
public enum FailureKind
{
    /// <summary>The resource does not exist, or the caller may not see it.</summary>
    NotFound,
    /// <summary>The input breaks a field rule; see the errors.</summary>
    Invalid,
    /// <summary>The input clashes with stored content, such as a slug already taken.</summary>
    Conflict,
    /// <summary>The caller's copy is out of date.</summary>
    Stale,
    /// <summary>A newsroom rule forbids a well-formed request.</summary>
    Rule,
    /// <summary>The caller's key may see the resource but not do this to it.</summary>
    Forbidden,
}

/// <summary>A refusal with a stable code, a sentence for people and, for invalid input, errors by field.</summary>
public sealed record Failure(FailureKind Kind, string Code, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    /// <summary>A refusal of one field's value.</summary>
    public static Failure InvalidField(string field, string message) =>
        new(FailureKind.Invalid, "validation-failed", $"'{field}' {message}.", new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>The resource named by <paramref name="key"/> is not there.</summary>
    public static Failure NotFound(string what, string key) =>
        new(FailureKind.NotFound, $"{what}-not-found", $"No {what} has the id or slug '{key}'.");

    /// <summary>No record of this kind, one named by its id alone, has the id.</summary>
    public static Failure NotFoundById(string what, Guid id) =>
        new(FailureKind.NotFound, $"{what.Replace(' ', '-')}-not-found", $"No {what} has the id '{id:D}'.");

    /// <summary>Another record of the same kind already has the slug.</summary>
    public static Failure SlugTaken(string what, string slug) =>
        new(FailureKind.Conflict, "slug-taken", $"Another {what} already has the slug '{slug}'.");

    /// <summary>The caller's key lacks the right to do this.</summary>
    public static Failure Forbidden(string code, string detail) => new(FailureKind.Forbidden, code, detail);

    /// <summary>The caller's If-Match no longer names the current version.</summary>
    public static Failure Stale(string what) =>
        new(FailureKind.Stale, "precondition-failed", $"The {what} has changed since the ETag given in If-Match.");
}

/// <summary>Either the value a use case produced or the reason it refused.</summary>
public readonly record struct Outcome<T>(T? Value, Failure? Failure)
{
    /// <summary>True when the use case did what was asked.</summary>
    public bool Succeeded => Failure is null;

    /// <summary>Wraps a value.</summary>
    public static implicit operator Outcome<T>(T value) => new(value, null);

    /// <summary>Wraps a refusal.</summary>
    public static implicit operator Outcome<T>(Failure failure) => new(default, failure);
}
