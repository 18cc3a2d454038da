namespace Cms.Domain.Common;

/// <summary>Picks the slug a write stores: the one given if free, the current one, or one made from the name with a number if needed.</summary>
public static class SlugChoice
{
    private const int MaxAttempts = 50;

    /// <summary>Asks whether another record than the one named already has a slug.</summary>
    public delegate Task<bool> TakenCheck(string slug, Guid? except, CancellationToken cancellationToken);

    /// <summary>The slug to store, or a conflict when the given one is taken.</summary>
    public static async Task<Outcome<string>> ChooseAsync(string what, string? given, (Guid Id, string Slug)? current, string name,
        TakenCheck taken, CancellationToken cancellationToken)
    {
        if (given is not null) return await taken(given, current?.Id, cancellationToken) ? Failure.SlugTaken(what, given) : given;
        if (current is { } existing) return existing.Slug;
        var generated = Slug.From(name, what);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var candidate = attempt == 1 ? generated : Slug.Numbered(generated, attempt);
            if (!await taken(candidate, null, cancellationToken)) return candidate;
        }
        return new Failure(FailureKind.Conflict, "slug-taken", $"Too many {what} slugs are already made from '{generated}'; give a slug.");
    }
}
